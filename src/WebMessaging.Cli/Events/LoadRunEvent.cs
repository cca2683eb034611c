using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>A document finished loading in a window (or a worker's script ran).</summary>
/// <param name="Sequence">The order of the event in the run, from 1.</param>
/// <param name="Time">Virtual time in milliseconds.</param>
/// <param name="Global">The window or worker that loaded.</param>
/// <param name="ParentId">The id of the window a frame is in; null for a top-level window or a worker.</param>
internal sealed record LoadRunEvent(long Sequence, double Time, TraceParticipant Global, string? ParentId)
    : RunEvent(Sequence, Time)
{
    /// <inheritdoc />
    public override RunEventType Type => RunEventType.Load;
}
