using System.Globalization;
using WebMessaging.Scripting.Console;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>The words every output (text, NDJSON, report) uses for the parts of an event, so they agree.</summary>
internal static class EventText
{
    /// <summary>The event type's name: console, message, error, load or app.</summary>
    public static string Type(RunEventType type) => type switch
    {
        RunEventType.Console => "console",
        RunEventType.Message => "message",
        RunEventType.Error => "error",
        RunEventType.App => "app",
        _ => "load",
    };

    /// <summary>An app event as one line: "Input1.text = \"hello\"" for a change (store, widget), else "subject: text".</summary>
    public static string AppText(AppRunEvent app) =>
        app.Category is "store" or "widget" ? app.Subject + " = " + app.Text : app.Subject + ": " + app.Text;

    /// <summary>The message kind's name: window, port, broadcast or worker.</summary>
    public static string Kind(MessageKind kind) => kind switch
    {
        MessageKind.Window => "window",
        MessageKind.Port => "port",
        MessageKind.Broadcast => "broadcast",
        _ => "worker",
    };

    /// <summary>The status's name: delivered, dropped or pending.</summary>
    public static string Status(MessageStatus status) => status switch
    {
        MessageStatus.Delivered => "delivered",
        MessageStatus.Dropped => "dropped",
        _ => "pending",
    };

    /// <summary>The drop reason in words, e.g. "origin mismatch".</summary>
    public static string Reason(DropReason reason) => reason switch
    {
        DropReason.OriginMismatch => "origin mismatch",
        DropReason.PortClosed => "port closed",
        DropReason.Doomed => "port doomed",
        DropReason.TargetClosed => "target closed",
        DropReason.CloneFailed => "clone failed",
        _ => "none",
    };

    /// <summary>The drop reason as a JSON value, e.g. "originMismatch".</summary>
    public static string ReasonCode(DropReason reason) => reason switch
    {
        DropReason.OriginMismatch => "originMismatch",
        DropReason.PortClosed => "portClosed",
        DropReason.Doomed => "doomed",
        DropReason.TargetClosed => "targetClosed",
        DropReason.CloneFailed => "cloneFailed",
        _ => "none",
    };

    /// <summary>The console level's name: log, info, warn, error or debug.</summary>
    public static string Level(ConsoleLogLevel level) => level switch
    {
        ConsoleLogLevel.Info => "info",
        ConsoleLogLevel.Warn => "warn",
        ConsoleLogLevel.Error => "error",
        ConsoleLogLevel.Debug => "debug",
        _ => "log",
    };

    /// <summary>"delivered", "dropped (origin mismatch)" or "pending".</summary>
    public static string Outcome(MessageRunEvent message) =>
        message.Status == MessageStatus.Dropped ? "dropped (" + Reason(message.DropReason) + ")" : Status(message.Status);

    /// <summary>A participant as the text output shows it: its origin, with its id when <paramref name="verbose"/>.</summary>
    public static string Participant(TraceParticipant? participant, bool verbose) => participant switch
    {
        null => "nobody",
        _ when verbose => participant.Origin + " (" + participant.Id + ")",
        _ => participant.Origin,
    };

    /// <summary>A time in milliseconds, e.g. "12" or "0.5", without a unit.</summary>
    public static string Milliseconds(double time) => time.ToString("0.###", CultureInfo.InvariantCulture);
}
