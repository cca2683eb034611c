using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>An error nothing caught: a page script's uncaught exception, or a run that hit one of its limits.</summary>
/// <param name="Sequence">The order of the event in the run, from 1.</param>
/// <param name="Time">Virtual time in milliseconds.</param>
/// <param name="Global">The window or worker it was reported at; null when no global owned the failing task.</param>
/// <param name="Message">One line: what was thrown, e.g. <c>Uncaught TypeError: x is not a function</c>.</param>
/// <param name="Detail">More, such as a stack trace, shown with --verbose; null when there is nothing more.</param>
internal sealed record ErrorRunEvent(long Sequence, double Time, TraceParticipant? Global, string Message, string? Detail)
    : RunEvent(Sequence, Time)
{
    /// <inheritdoc />
    public override RunEventType Type => RunEventType.Error;
}
