namespace WebMessaging.Cli.Events;

/// <summary>
/// One event of a run, in the order it happened: a console call, a message's fate, an uncaught
/// error or a document load, with the virtual time of the browser's event loop.
/// </summary>
/// <param name="Sequence">The order of the event in the run, from 1.</param>
/// <param name="Time">Virtual time in milliseconds on the browser's event loop.</param>
internal abstract record RunEvent(long Sequence, double Time)
{
    /// <summary>Which kind of event this is.</summary>
    public abstract RunEventType Type { get; }
}
