using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>
/// Something an app running on the pages did that the message trace cannot see, such as an
/// Appsmith app's alert, store change or widget property change.
/// </summary>
/// <param name="Sequence">The order of the event in the run, from 1.</param>
/// <param name="Time">Virtual time in milliseconds.</param>
/// <param name="Global">The window the app runs in, or null before it exists.</param>
/// <param name="Category">What happened, one lower-case word or two: alert, store, widget, navigate, warning, action-error, evaluation-error.</param>
/// <param name="Subject">What it happened to: an alert's style, a store key, <c>Input1.text</c>, a page.</param>
/// <param name="Text">The new value, the message or the error.</param>
internal sealed record AppRunEvent(long Sequence, double Time, TraceParticipant? Global, string Category, string Subject, string Text)
    : RunEvent(Sequence, Time)
{
    /// <inheritdoc />
    public override RunEventType Type => RunEventType.App;

    /// <summary>Whether the event reports a failure (an action that failed), which makes the run's exit code 1.</summary>
    public bool IsFailure => Category == "action-error";
}
