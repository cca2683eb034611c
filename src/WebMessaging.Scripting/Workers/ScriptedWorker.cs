using System.Runtime.ExceptionServices;
using Jint;
using Jint.Native;
using Jint.Runtime;
using WebMessaging.Events;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// The JavaScript realm of a dedicated worker: the Jint engine whose global object is the
/// worker's <see cref="DedicatedWorkerGlobalScope"/>, running its classic script and
/// callbacks, draining its promise jobs and reporting its uncaught errors (first at the worker
/// global, then at the Worker object).
/// </summary>
public sealed class ScriptedWorker
{
    private readonly Func<bool> _drainPromiseJobs;
    private readonly Stack<EnteredScript?> _scopes = new();
    private IDisposable? _checkpointHook;
    private int _scriptDepth;
    private bool _inErrorReportingMode;

    internal ScriptedWorker(ScriptedBrowser browser, DedicatedWorkerGlobalScope global)
    {
        Browser = browser;
        Global = global;
        // A module worker has a module map of its own: its imports resolve against the worker's
        // URL and are fetched as its script was (site map or blob URL store).
        if (global.Type == WorkerType.Module)
        {
            var fetcher = new WorkerScriptFetcher(browser.Sites, browser.BlobUrls);
            Modules = new ModuleScriptLoader(
                () => Engine!,
                () => global.Url,
                url => fetcher.Fetch(url, out var error) is { } text ? (text, null) : (null, error),
                (url, message) => browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, message, global.Label, url.Href)));
        }

        Engine = ScriptedWindow.CreateEngine(browser, Modules, global.Worker.TerminationToken);
        _drainPromiseJobs = DrainPromiseJobs;
        _checkpointHook = global.EventLoop.AddMicrotaskCheckpointHook(_drainPromiseJobs);
        global.ExceptionReported += (_, e) => ReportException(e.Exception);

        // FIXME: unhandled promise rejections of a worker's script fire no unhandledrejection
        // event at the worker's global and reach no console (the rejection tracker serves documents).
    }

    /// <summary>The scripted browser the worker belongs to.</summary>
    public ScriptedBrowser Browser { get; }

    /// <summary>The core worker global (DedicatedWorkerGlobalScope) this realm's global object stands for.</summary>
    public DedicatedWorkerGlobalScope Global { get; }

    /// <summary>The worker's JavaScript engine.</summary>
    public Engine Engine { get; }

    /// <summary>The module map of a module worker, or null for a classic one.</summary>
    internal ModuleScriptLoader? Modules { get; }

    /// <summary>The installed global object and its bindings.</summary>
    internal WorkerGlobal? Bindings { get; set; }

    private EventLoop EventLoop => Global.EventLoop;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#run-a-classic-script
    /// Runs <paramref name="source"/> as the worker's classic script; an uncaught error is
    /// reported (the worker's error event, then the Worker object's) and false returned.
    /// </summary>
    public bool RunClassicScript(string source, string sourceUrl)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(sourceUrl);
        if (Global.IsClosing)
        {
            return false;
        }

        Exception? failure = RunScript(static (engine, script) => engine.Execute(script.Source, script.SourceUrl), (Source: source, SourceUrl: sourceUrl));

        if (failure is null)
        {
            return true;
        }

        ReportException(failure);
        return false;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#run-a-module-script
    /// Runs <paramref name="source"/> (fetched from the worker's URL) as the worker's module
    /// script, fetching its imports first; returns false when one of them could not be fetched
    /// (the worker then fails as a worker whose script could not be fetched), and reports any
    /// other error as the classic script's would be.
    /// </summary>
    public bool RunModuleScript(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (Global.IsClosing || Modules is null)
        {
            return false;
        }

        var specifier = Global.Url.Href;
        Engine.Modules.Add(specifier, source);
        Modules.ClearFetchFailure();
        Exception? failure = RunScript(static (engine, script) => engine.Modules.Import(script), specifier);
        if (failure is null)
        {
            return true;
        }

        if (Modules.FailedFetchUrl is not null)
        {
            return false;
        }

        ReportException(failure);
        return true;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
    /// Reports an uncaught exception of the worker's script: fires a cancelable ErrorEvent at
    /// the worker's global (onerror gets the five arguments); if nobody cancels it, the error
    /// goes to the Worker object, and from there (not canceled) to the owner's console.
    /// </summary>
    public void ReportException(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);

        // A script stopped because the worker was terminated ("abort the script") is no error.
        if (Global.Worker.IsTerminated && exception is ExecutionCanceledException)
        {
            return;
        }

        if (IsLimit(exception))
        {
            Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.ScriptLimit, "Script stopped: " + exception.Message, Global.Label, Global.Url.Href, Exception: exception));
            return;
        }

        // "2. Let errorInfo be the result of extracting error information from exception."
        var (message, filename, line, column, thrown) = ExtractErrorInformation(exception);

        // "1. Let notHandled be true."
        var notHandled = true;

        // "6. If global is not in error reporting mode, then: 1. Set global's in error reporting
        //  mode to true. 2. If global implements EventTarget, then set notHandled to the result
        //  of firing an event named error at global, using ErrorEvent, with the cancelable
        //  attribute initialized to true, and additional attributes initialized according to
        //  errorInfo. 3. Set global's in error reporting mode to false."
        if (!_inErrorReportingMode)
        {
            _inErrorReportingMode = true;
            try
            {
                var evt = new ErrorEvent("error", new ErrorEventInit { Cancelable = true, Message = message, Filename = filename, Lineno = (uint)line, Colno = (uint)column, Error = thrown })
                {
                    TimeStamp = EventLoop.Now,
                };
                notHandled = Global.FireEvent(evt);
            }
            finally
            {
                _inErrorReportingMode = false;
            }
        }

        // "7. If notHandled is true, then: ... 2. If global is a DedicatedWorkerGlobalScope
        //  object, then queue a global task on the DOM manipulation task source given global's
        //  associated Worker's relevant global object to run these steps: ..."
        if (notHandled)
        {
            var owner = Global.Worker.Owner;
            Global.ReportUnhandledErrorToWorker(
                new WorkerScriptException(message, filename, line, column),
                error => new ErrorEvent("error", new ErrorEventInit { Cancelable = true, Message = error.Message, Filename = error.Filename, Lineno = (uint)error.Lineno, Colno = (uint)error.Colno, Error = JsValue.Null })
                {
                    TimeStamp = owner.EventLoop.Now,
                });
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/workers.html#import-scripts-into-worker-global-scope
    /// "Run the classic script script, with rethrow errors set to true": what the script
    /// throws is thrown on to the caller of importScripts.
    /// </summary>
    internal void RunImportedScript(string source, string sourceUrl)
    {
        if (RunScript(static (engine, script) => engine.Execute(script.Source, script.SourceUrl), (Source: source, SourceUrl: sourceUrl)) is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    /// <summary>Returns the worker's id and script URL.</summary>
    public override string ToString() => Global.ToString();

    // Runs one entry into the engine between "prepare to run script" and "clean up after running
    // script"; returns what it threw (a limit included), or null. A static run and a value-type
    // state keep it free of allocations.
    private Exception? RunScript<TState>(Action<Engine, TState> run, TState state)
    {
        Exception? failure = null;
        BeginScript();
        try
        {
            run(Engine, state);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            failure = exception;
        }
        finally
        {
            EndScript(failure);
        }

        return failure;
    }

    // "Prepare to run script" before a script or callback of this realm.
    private void BeginScript()
    {
        EventLoop.PrepareToRunScript();
        _scriptDepth++;
        _scopes.Push(Bindings?.Bindings.EnterScript());
    }

    // "Clean up after running script".
    private void EndScript(Exception? failure)
    {
        _scopes.Pop()?.Dispose();
        _scriptDepth--;
        if (failure is not null && _scriptDepth == 0 && failure is not JavaScriptException)
        {
            Engine.Advanced.ResetCallStack();
        }

        EventLoop.CleanUpAfterRunningScript();
    }

    // The microtask checkpoint hook: runs this realm's promise jobs.
    private bool DrainPromiseJobs()
    {
        if (Global.IsClosing)
        {
            _checkpointHook?.Dispose();
            _checkpointHook = null;
            return false;
        }

        Engine.Constraints.Reset();
        Exception? failure = RunScript(static (engine, _) => engine.Advanced.ProcessTasks(), 0);

        if (failure is not null)
        {
            ReportException(failure);
        }

        return false;
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#extract-error
    // IMPLEMENTATION DEFINED: as Chromium: "Uncaught " and the thrown value's text, at the
    // place it was thrown.
    private (string Message, string Filename, int Line, int Column, JsValue Thrown) ExtractErrorInformation(Exception exception)
    {
        var inner = exception switch
        {
            ScriptException { InnerException: JavaScriptException wrapped } => wrapped,
            JavaScriptException direct => direct,
            _ => null,
        };
        if (inner is null)
        {
            return ("Uncaught " + exception.GetType().Name + ": " + exception.Message, Global.Url.Href, 0, 0, JsValue.Null);
        }

        var location = inner.Location;
        var filename = string.IsNullOrEmpty(location.SourceFile) ? Global.Url.Href : location.SourceFile;
        var line = location.Start.Line;
        var column = line > 0 ? location.Start.Column + 1 : 0;
        return ("Uncaught " + inner.Error, filename, Math.Max(0, line), column, inner.Error);
    }

    private static bool IsLimit(Exception exception) =>
        exception is TimeoutException or MemoryLimitExceededException or StatementsCountOverflowException or ExecutionCanceledException or RecursionDepthOverflowException or OperationCanceledException;
}
