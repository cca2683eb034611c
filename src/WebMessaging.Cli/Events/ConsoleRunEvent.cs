using WebMessaging.Scripting.Console;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>A console call of a page: which window or worker made it, and what it printed.</summary>
/// <param name="Sequence">The order of the event in the run, from 1.</param>
/// <param name="Time">Virtual time in milliseconds.</param>
/// <param name="Global">The window or worker whose script called the console.</param>
/// <param name="Message">The console message as Chromium's console shows it.</param>
internal sealed record ConsoleRunEvent(long Sequence, double Time, TraceParticipant Global, ConsoleMessage Message)
    : RunEvent(Sequence, Time)
{
    /// <inheritdoc />
    public override RunEventType Type => RunEventType.Console;
}
