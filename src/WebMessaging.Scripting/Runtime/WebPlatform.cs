using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.DomTree;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Console;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Runtime;

/// <summary>
/// The composition root of a scripted window: gives a new document's engine everything a page
/// sees (the Window global with messaging, the DOM interfaces, the console) and makes its
/// realm the one messages are cloned into.
/// </summary>
public static class WebPlatform
{
    /// <summary>Installs the web platform on <paramref name="document"/>'s engine; call before any of its scripts runs.</summary>
    public static WindowGlobal Install(ScriptedWindow document, Action<PageConsoleMessage>? consoleSink = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var window = document.Window;
        var engine = document.Engine;
        var browser = document.Browser;

        var bindings = BindingRealm.Create(engine, window, window.EventLoop, window);
        var realm = new JsRealm(engine);
        var options = new WindowBindingsOptions
        {
            // The page host drains promise jobs at every checkpoint itself (ScriptedWindow).
            RegisterPromiseJobCheckpoint = false,
            // FIXME: "replace" (historyHandling "replace") needs session history, which is not modeled.
            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#location-object-navigate
            // "3. If this's relevant Document is not yet completely loaded, then set historyHandling to "replace"."
            Navigate = (target, url, replace) => browser.Navigate(target, url.Href, replace || browser.GetScriptedWindow(target)?.Readiness != DocumentReadiness.Complete),
            Open = browser.Open,
            OnDialog = (kind, message) => browser.Report(new PageDiagnostic(PageDiagnosticLevel.Info, PageDiagnosticKind.Dialog, $"{kind}: {message}", window.Url.Href)),
            UserAgent = browser.Options.UserAgent,
            EpochAtClockZero = browser.EpochAtClockZero,
            Storage = browser.Storage,
        };
        var global = WindowBindings.Install(engine, bindings, realm, window, other => GlobalOf(browser, other), options);
        document.SetBinding(global);
        document.ScriptScope = () => bindings.EnterScript();
        DocumentBindings.Install(
            bindings,
            global.GlobalObject,
            document,
            windowProxy: other => global.WindowProxyOf(other),
            location: other => ReferenceEquals(other, window) ? global.GlobalObject.Get("location") : Jint.Native.JsValue.Null);

        // Workers, whose script URLs resolve against the document's base URL.
        WorkerConstructor.Install(bindings, window, global.GlobalObject, () => document.BaseUrl);

        if (consoleSink is not null)
        {
            JsConsole.Install(
                engine,
                message => consoleSink(new PageConsoleMessage(window, document.Url.Href, window.EventLoop.Now, message)),
                new JsConsoleOptions { Clock = () => window.EventLoop.Now });
        }

        // Uncaught errors and unhandled rejections: the events, window.onerror, then the console.
        ErrorEventConstructor.Install(bindings, global.GlobalObject);
        PromiseRejectionEventConstructor.Install(bindings, global.GlobalObject);
        ErrorEventHandlerAttribute.Define(bindings, global.GlobalObject);
        EventHandlerAttribute.Define(bindings, global.GlobalObject, "onunhandledrejection", "unhandledrejection");
        EventHandlerAttribute.Define(bindings, global.GlobalObject, "onrejectionhandled", "rejectionhandled");

        Bindings.Fetch.FetchBindings.Install(
            global,
            () => document.BaseUrl,
            browser.Sites,
            BlobUrlStore.Of(browser.Browser),
            (url, why) => browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, $"Failed to fetch {url}: {why}", document.Url.Href, url)));
        var history = new DocumentHistory(document, global);
        document.SetBinding(history);
        HistoryConstructor.Install(global, history);
        LegacyWindowEvent.Define(global);
        DefineWindowEventHandlers(bindings, global.GlobalObject);
        ErrorEventReporter.Install(document);
        PromiseRejectionTracker.Install(document);

        if (browser.Options.LegacyIe)
        {
            LegacyIeBindings.Install(global);
        }

        return global;
    }

    private static ObjectInstance? GlobalOf(ScriptedBrowser browser, Window window) =>
        browser.GetScriptedWindow(window) is { } document && document.TryGetBinding<WindowGlobal>(out var global)
            ? global.GlobalObject
            : null;

    // https://html.spec.whatwg.org/multipage/webappapis.html#globaleventhandlers and
    // https://html.spec.whatwg.org/multipage/webappapis.html#windoweventhandlers: the Window's
    // event handler IDL attributes that no binding above defined (onload, onclick, onhashchange, ...).
    private static void DefineWindowEventHandlers(BindingRealm bindings, ObjectInstance globalObject)
    {
        foreach (string[] eventTypes in (string[][])[InlineEventHandlers.ElementEventTypes, InlineEventHandlers.WindowReflectingBodyEventTypes])
        {
            foreach (string eventType in eventTypes)
            {
                string attributeName = "on" + eventType;
                if (!globalObject.HasProperty(attributeName))
                {
                    EventHandlerAttribute.Define(bindings, globalObject, attributeName, eventType);
                }
            }
        }
    }
}
