using WebMessaging.Scripting.Pages;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// Runs the scripts of a <see cref="ScriptedBrowser"/>'s workers: each worker gets a Jint
/// engine with the DedicatedWorkerGlobalScope bindings, and its classic script is fetched from
/// the site map (or the blob URL store) and run.
/// </summary>
internal sealed class WorkerScriptHost : IWorkerHost
{
    private readonly ScriptedBrowser _browser;
    private readonly WorkerScriptFetcher _fetcher;

    public WorkerScriptHost(ScriptedBrowser browser)
    {
        _browser = browser;
        _fetcher = new WorkerScriptFetcher(browser.Sites, browser.BlobUrls);
    }

    // https://html.spec.whatwg.org/multipage/workers.html#run-a-worker
    public bool RunWorkerScript(DedicatedWorkerGlobalScope global)
    {
        // "12. Obtain script by switching on options["type"]: "classic": Fetch a classic worker
        //  script given url, outside settings, destination, inside settings, and with onComplete
        //  and performFetch as defined below. "module": Fetch a module worker script graph ..."
        //  (the top-level script here; its imports as the module script runs)
        // IMPLEMENTATION DEFINED: the fetch comes first, so that a script that cannot be
        // fetched costs no engine.
        string? source = _fetcher.Fetch(global.Url, out string? error);
        if (source is null)
        {
            _browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, error ?? "Failed to load " + global.Url.Href, global.Worker.Owner.Label, global.Url.Href));
            return false;
        }

        // "5. Let realm execution context be the result of creating a new realm given agent and
        //  the following customizations: ... create a new DedicatedWorkerGlobalScope object."
        var worker = new ScriptedWorker(_browser, global);
        worker.Bindings = WorkerGlobalScopeBindings.Install(worker, _fetcher, _browser.BlobUrls, _browser.RecordConsoleMessage);
        _browser.OnWorkerCreated(worker);

        // "10. If script is a classic script, then run the classic script script. Otherwise, it is
        // a module script; run the module script script." (a module graph with an import that
        // cannot be fetched fails as a script that cannot be fetched)
        if (global.Type == WorkerType.Module)
        {
            return worker.RunModuleScript(source);
        }

        worker.RunClassicScript(source, global.Url.Href);
        return true;
    }
}
