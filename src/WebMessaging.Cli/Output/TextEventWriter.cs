using WebMessaging.Cli.Events;
using WebMessaging.Scripting.Console;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Output;

/// <summary>
/// Prints each event as one line with aligned columns: the time, the event type, where it
/// happened (a frame's URL, or sender → receiver), then what happened; and the summary at the end.
/// </summary>
/// <remarks>
/// Lines are printed as events happen, so column widths cannot be known in advance: each column
/// starts at a comfortable width and grows to the longest value seen (up to a bound), which keeps
/// most lines aligned without holding any back.
/// </remarks>
internal sealed class TextEventWriter : IRunEventObserver
{
    private const int TimeWidth = 6;
    private const int TypeWidth = 7;
    private const int MinWhereWidth = 44;
    private const int MaxWhereWidth = 80;
    private const int KindWidth = 9;
    private const int LevelWidth = 5;
    private const int MinOutcomeWidth = 25;
    private const int MaxOutcomeWidth = 40;

    private readonly ILineOutput _output;
    private readonly bool _verbose;
    private int _whereWidth = MinWhereWidth;
    private int _outcomeWidth = MinOutcomeWidth;

    /// <summary>Creates a writer to <paramref name="output"/>; <paramref name="verbose"/> adds participant ids and error details.</summary>
    public TextEventWriter(ILineOutput output, bool verbose)
    {
        _output = output;
        _verbose = verbose;
    }

    /// <summary>Prints the line that opens a run: the command (run, app), what runs, and on which clock.</summary>
    public void WriteHeader(string description, string entry, bool realTime, string command = "run")
    {
        _output.WriteLine(new StyledLine()
            .Add("webmsg " + command + " ", LineStyle.Heading)
            .Add(description + " · entry " + entry + " · " + (realTime ? "real time" : "virtual time"), LineStyle.Dim));
    }

    /// <inheritdoc />
    public void OnEvent(RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(runEvent);
        var line = new StyledLine()
            .Add(EventText.Milliseconds(runEvent.Time).PadLeft(TimeWidth) + " ms  ", LineStyle.Dim)
            .AddPadded(EventText.Type(runEvent.Type), TypeWidth + 2, TypeStyle(runEvent));
        switch (runEvent)
        {
            case ConsoleRunEvent console:
                AddWhere(line, console.Global.Label);
                line.AddPadded(EventText.Level(console.Message.Level), LevelWidth + 2, LevelStyle(console.Message.Level));
                WriteMultiline(line, console.Message.IndentedText, LevelStyle(console.Message.Level));
                return;
            case MessageRunEvent message:
                AddWhere(line, EventText.Participant(message.Sender, _verbose) + " → " + EventText.Participant(message.Receiver, _verbose));
                line.AddPadded(EventText.Kind(message.Kind), KindWidth + 2, KindStyle(message.Kind));
                var outcome = EventText.Outcome(message);
                _outcomeWidth = Math.Clamp(outcome.Length, _outcomeWidth, MaxOutcomeWidth);
                line.AddPadded(outcome, Math.Max(_outcomeWidth, outcome.Length) + 2, OutcomeStyle(message.Status));
                line.Add(message.Preview);
                if (message.DropReason == DropReason.OriginMismatch && message.TargetOrigin is { } targetOrigin)
                {
                    line.Add("  targetOrigin " + targetOrigin, LineStyle.Dim);
                }

                _output.WriteLine(line);
                return;
            case ErrorRunEvent error:
                AddWhere(line, error.Global?.Label ?? "(browser)");
                WriteMultiline(line, _verbose && error.Detail is { } detail ? error.Message + "\n" + detail : error.Message, LineStyle.Error);
                return;
            case LoadRunEvent load:
                AddWhere(line, load.Global.Label);
                line.Add(LoadText(load), LineStyle.Dim);
                _output.WriteLine(line);
                return;
            case AppRunEvent app:
                AddWhere(line, app.Global?.Label ?? "(app)");
                line.AddPadded(app.Category, KindWidth + 2, AppStyle(app));
                WriteMultiline(line, EventText.AppText(app), app.IsFailure ? LineStyle.Error : LineStyle.Plain);
                return;
        }
    }

    /// <summary>Prints the closing summary: message counts by fate, console calls, loads, then each uncaught error.</summary>
    public void WriteSummary(RunSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        _output.WriteLine(new StyledLine());
        var line = new StyledLine()
            .Add("summary  ", LineStyle.Heading)
            .Add(Count(summary.Delivered, "message") + " delivered", summary.Delivered > 0 ? LineStyle.Delivered : LineStyle.Plain)
            .Add(", ")
            .Add(summary.Dropped + " dropped", summary.Dropped > 0 ? LineStyle.Error : LineStyle.Plain);
        if (summary.Dropped > 0)
        {
            var reasons = summary.DropsByReason.OrderBy(r => r.Key).Select(r => r.Value + " " + EventText.Reason(r.Key));
            line.Add(" (" + string.Join(", ", reasons) + ")", LineStyle.Dim);
        }

        if (summary.Pending > 0)
        {
            line.Add(", ").Add(summary.Pending + " pending", LineStyle.Pending);
        }

        line.Add(" · " + Count(summary.ConsoleCalls, "console call") + " · " + Count(summary.Loads, "load") + " · ");
        if (summary.AppEvents > 0)
        {
            line.Add(Count(summary.AppEvents, "app event") + " · ");
        }

        if (summary.AppFailures.Count > 0)
        {
            line.Add(Count(summary.AppFailures.Count, "failed action") + " · ", LineStyle.Error);
        }

        line
            .Add(summary.Errors.Count == 0 ? "no errors" : Count(summary.Errors.Count, "error"), summary.Errors.Count == 0 ? LineStyle.Delivered : LineStyle.Error)
            .Add(" · " + EventText.Milliseconds(summary.EndTime) + " ms", LineStyle.Dim);
        _output.WriteLine(line);

        foreach (var error in summary.Errors)
        {
            _output.WriteLine(new StyledLine()
                .Add("  " + EventText.Milliseconds(error.Time).PadLeft(TimeWidth) + " ms  ", LineStyle.Dim)
                .Add((error.Global?.Label ?? "(browser)") + "  ", LineStyle.Dim)
                .Add(error.Message, LineStyle.Error));
        }
    }

    /// <summary>"1 message", "2 messages".</summary>
    private static string Count(int count, string noun) => count + " " + noun + (count == 1 ? "" : "s");

    private static string LoadText(LoadRunEvent load) => load.Global.Kind switch
    {
        "worker" => "worker",
        _ when load.ParentId is { } parent => "frame in " + parent,
        _ => "top-level window",
    };

    private void AddWhere(StyledLine line, string where)
    {
        _whereWidth = Math.Clamp(where.Length, _whereWidth, MaxWhereWidth);
        line.AddPadded(where, Math.Max(_whereWidth, where.Length) + 2);
    }

    // A message of several lines (console.table, an object, a stack) continues under its first line's text.
    private void WriteMultiline(StyledLine line, string text, LineStyle style)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        if (newline < 0)
        {
            _output.WriteLine(line.Add(text, style));
            return;
        }

        var indent = new string(' ', line.Width);
        _output.WriteLine(line.Add(text[..newline].TrimEnd('\r'), style));
        foreach (var rest in text[(newline + 1)..].Split('\n'))
        {
            _output.WriteLine(new StyledLine().Add(indent).Add(rest.TrimEnd('\r'), style));
        }
    }

    private static LineStyle AppStyle(AppRunEvent app) => app.Category switch
    {
        "alert" => LineStyle.Info,
        "warning" or "evaluation-error" => LineStyle.Warning,
        "action-error" => LineStyle.Error,
        _ => LineStyle.Dim,
    };

    private static LineStyle TypeStyle(RunEvent runEvent) => runEvent switch
    {
        ErrorRunEvent => LineStyle.Error,
        AppRunEvent { IsFailure: true } => LineStyle.Error,
        LoadRunEvent => LineStyle.Load,
        MessageRunEvent { Status: MessageStatus.Dropped } => LineStyle.Error,
        _ => LineStyle.Dim,
    };

    private static LineStyle LevelStyle(ConsoleLogLevel level) => level switch
    {
        ConsoleLogLevel.Info => LineStyle.Info,
        ConsoleLogLevel.Warn => LineStyle.Warning,
        ConsoleLogLevel.Error => LineStyle.Error,
        ConsoleLogLevel.Debug => LineStyle.Dim,
        _ => LineStyle.Log,
    };

    private static LineStyle KindStyle(MessageKind kind) => kind switch
    {
        MessageKind.Window => LineStyle.WindowKind,
        MessageKind.Port => LineStyle.PortKind,
        MessageKind.Broadcast => LineStyle.BroadcastKind,
        _ => LineStyle.WorkerKind,
    };

    private static LineStyle OutcomeStyle(MessageStatus status) => status switch
    {
        MessageStatus.Delivered => LineStyle.Delivered,
        MessageStatus.Dropped => LineStyle.Error,
        _ => LineStyle.Pending,
    };
}
