using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Runtime;
using WebMessaging.Browsing;
using WebMessaging.Cli.Events;
using WebMessaging.Cli.Output;
using WebMessaging.Cli.Report;
using WebMessaging.Cli.Running;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.App;

/// <summary>
/// <c>webmsg app</c>: loads an Appsmith app, runs it (alone or embedded in a parent page),
/// plays the user actions in order, and prints every message, console call, alert, store
/// change and widget property change as one event stream (text, NDJSON, HTML report).
/// </summary>
internal sealed class AppCommand
{
    private readonly CliIo _io;

    /// <summary>Creates the command writing to <paramref name="io"/>.</summary>
    public AppCommand(CliIo io)
    {
        _io = io;
    }

    /// <summary>Runs with <paramref name="options"/> and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(AppRunOptions options, CancellationToken cancellationToken)
    {
        AppsmithApplication app;
        SiteMap? sites = null;
        try
        {
            app = AppsmithApplication.Load(options.Input);
            if ((options.Embed ?? options.Sites) is { } sitesPath)
            {
                sites = SiteMap.Load(sitesPath);
            }
        }
        catch (Exception e) when (e is AppsmithLoadException or SiteMapException)
        {
            return await FailAsync(ExitCodes.BadInput, e.Message, e, options.Verbose).ConfigureAwait(false);
        }

        if (RunCommand.ReportPathProblem(options.ReportPath) is { } problem)
        {
            return await FailAsync(ExitCodes.BadInput, $"'{options.ReportPath}': {problem}", null, options.Verbose).ConfigureAwait(false);
        }

        var summary = new RunSummary();
        var log = options.ReportPath is null ? null : new RunEventLog();
        TextEventWriter? text = null;
        IRunEventObserver writer = options.Json ? new JsonEventWriter(_io.Out) : text = new TextEventWriter(ILineOutput.For(_io), options.Verbose);
        IRunEventObserver[] observers = log is null ? [summary, writer] : [summary, log, writer];
        using var recorder = new RunEventRecorder(observers);

        AppsmithSession? session = null;
        var browserOptions = new ScriptedBrowserOptions
        {
            // The recorder sees every trace entry as it happens; the trace need not keep them.
            Browser = new BrowserOptions { RunLimits = new RunLimits { WallClockTimeout = options.Timeout }, TraceCapacity = 0 },
            OnConsoleMessage = message => recorder.Console(message.Global, message.Message),
            OnDiagnostic = diagnostic => ScriptedPageRunner.Report(recorder, diagnostic, ScriptedPageRunner.FindWindow(session!.Browser.Browser, diagnostic.WindowLabel)),
            OnWindowCreated = document =>
            {
                var window = document.Window;
                window.AddEventListener("load", _ => recorder.Load(window));
            },
        };

        try
        {
            session = AppsmithSession.Create(app, new AppsmithOptions
            {
                Origin = options.Origin ?? AppsmithOptions.DefaultOrigin,
                Page = options.Page,
                Sites = sites,
                Embedded = options.Embed is not null,
                Browser = browserOptions,
                OnEvent = appEvent => recorder.App(session?.AppWindow, Category(appEvent.Kind), appEvent.Subject, appEvent.Text),
            });
        }
        catch (ArgumentException e)
        {
            return await FailAsync(ExitCodes.BadInput, e.Message, e, options.Verbose).ConfigureAwait(false);
        }

        var exitCode = ExitCodes.Success;
        using (session)
        {
            text?.WriteHeader(options.Input, session.Browser.Sites.Entry.Href, realTime: false, command: "app");
            recorder.Attach(session.Browser.Browser);
            exitCode = Play(session, options.Actions, recorder);
            summary.EndTime = session.Browser.EventLoop.Now;
            recorder.Complete();
        }

        text?.WriteSummary(summary);
        await _io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);

        if (log is not null && options.ReportPath is { } reportPath)
        {
            try
            {
                HtmlReport.Write(reportPath, new HtmlReport(options.Input, session.Browser.Sites.Entry.Href, log.Events, summary));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return await FailAsync(ExitCodes.BadInput, $"'{reportPath}': the report cannot be written: {e.Message}", e, options.Verbose).ConfigureAwait(false);
            }
        }

        if (exitCode != ExitCodes.Success)
        {
            return exitCode;
        }

        return summary.Errors.Count > 0 || summary.AppFailures.Count > 0 ? ExitCodes.PageError : ExitCodes.Success;
    }

    /// <summary>The event category of an app event kind, as the event stream names it.</summary>
    public static string Category(AppsmithEventKind kind) => kind switch
    {
        AppsmithEventKind.Alert => "alert",
        AppsmithEventKind.Store => "store",
        AppsmithEventKind.Widget => "widget",
        AppsmithEventKind.Navigate => "navigate",
        AppsmithEventKind.Warning => "warning",
        AppsmithEventKind.ActionError => "action-error",
        _ => "evaluation-error",
    };

    // Opens the app and plays the actions in order; a problem stops the run as an error event.
    // Returns BadInput when an action names a widget the page does not have (or of the wrong type).
    private static int Play(AppsmithSession session, IReadOnlyList<AppAction> actions, RunEventRecorder recorder)
    {
        try
        {
            session.Open();
        }
        catch (InvalidOperationException e)
        {
            recorder.Error(null, e.Message);
            return ExitCodes.BadInput;
        }
        catch (EventLoopLimitExceededException e)
        {
            recorder.Error(null, "the run stopped: " + RunEventRecorder.Describe(e), e.Message);
            return ExitCodes.PageError;
        }

        foreach (var action in actions)
        {
            try
            {
                switch (action.Kind)
                {
                    case AppActionKind.Click:
                        session.Click(action.Widget);
                        break;
                    case AppActionKind.Type:
                        session.Type(action.Widget, action.Value);
                        break;
                    default:
                        session.RunInFrame(action.Widget, action.Value);
                        break;
                }
            }
            catch (ArgumentException e)
            {
                // The message without .NET's " (Parameter 'name')": the action names the input.
                var message = e.ParamName is { } name ? e.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : e.Message;
                recorder.Error(session.AppWindow, action + ": " + message);
                return ExitCodes.BadInput;
            }
            catch (InvalidOperationException e)
            {
                recorder.Error(session.AppWindow, action + ": " + e.Message);
                return ExitCodes.PageError;
            }
            catch (EventLoopLimitExceededException e)
            {
                recorder.Error(null, "the run stopped: " + RunEventRecorder.Describe(e), e.Message);
                return ExitCodes.PageError;
            }
        }

        return ExitCodes.Success;
    }

    private async Task<int> FailAsync(int exitCode, string message, Exception? exception, bool verbose)
    {
        await _io.Error.WriteLineAsync("webmsg: " + message).ConfigureAwait(false);
        if (verbose && exception is not null)
        {
            await _io.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
        }

        return exitCode;
    }
}
