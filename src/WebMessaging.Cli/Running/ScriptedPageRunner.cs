using WebMessaging.Browsing;
using WebMessaging.Scripting.Console;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Cli.Running;

/// <summary>
/// The page runner <c>webmsg run</c> uses: real pages, parsed and scripted by
/// WebMessaging.Scripting (one Jint engine per window), with every console call, uncaught
/// error and load event reported to the run's event sink.
/// </summary>
internal sealed class ScriptedPageRunner : IPageRunner
{
    /// <inheritdoc />
    public IPageSession Open(PageRunRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var events = request.Events;
        ScriptedBrowser? browser = null;
        browser = new ScriptedBrowser(request.Site, new ScriptedBrowserOptions
        {
            Browser = request.BrowserOptions,
            LegacyIe = request.LegacyIe,
            OnConsoleMessage = message => events.Console(message.Global, message.Message),
            OnDiagnostic = diagnostic => Report(events, diagnostic, FindWindow(browser!.Browser, diagnostic.WindowLabel)),
            OnWindowCreated = document =>
            {
                var window = document.Window;
                window.AddEventListener("load", _ => events.Load(window));
            },
        });

        return new ScriptedPageSession(browser);
    }

    /// <summary>Reports a runtime diagnostic as a run event: script errors and limits as errors, failed loads as console messages (as a browser shows them).</summary>
    internal static void Report(IRunEventSink events, PageDiagnostic diagnostic, Window? window)
    {
        var where = diagnostic.SourceUrl is null ? "" : $" ({diagnostic.SourceUrl}{(diagnostic.Line is > 0 ? ":" + diagnostic.Line : "")})";
        switch (diagnostic.Kind)
        {
            case PageDiagnosticKind.ScriptError:
            case PageDiagnosticKind.ScriptLimit:
            case PageDiagnosticKind.FrameLimit:
                events.Error(window, diagnostic.Message + where, diagnostic.Exception?.ToString());
                break;
            default:
                // A failed load or an unsupported script type is a console message, as in a browser.
                var level = diagnostic.Level == PageDiagnosticLevel.Error ? ConsoleLogLevel.Error : ConsoleLogLevel.Warn;
                var message = new ConsoleMessage(level == ConsoleLogLevel.Error ? "error" : "warn", level, diagnostic.Message, 1);
                if (window is not null)
                {
                    events.Console(window, message);
                }
                else
                {
                    events.Error(null, diagnostic.Message);
                }

                break;
        }
    }

    /// <summary>
    /// The window a diagnostic names by its label (the document's URL), searched through every
    /// top-level window and its frames, newest first.
    /// </summary>
    internal static Window? FindWindow(Browser browser, string? label)
    {
        if (label is null)
        {
            return null;
        }

        var windows = browser.Windows;
        for (var i = windows.Count - 1; i >= 0; i--)
        {
            if (Find(windows[i], label) is { } found)
            {
                return found;
            }
        }

        return null;

        static Window? Find(Window window, string label)
        {
            for (var i = window.Length - 1; i >= 0; i--)
            {
                if (window[i] is { } frame && Find(frame, label) is { } found)
                {
                    return found;
                }
            }

            return window.Label == label ? window : null;
        }
    }
}
