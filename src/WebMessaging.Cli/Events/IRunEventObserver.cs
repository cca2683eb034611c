namespace WebMessaging.Cli.Events;

/// <summary>Receives the events of a run as they happen, in order.</summary>
internal interface IRunEventObserver
{
    /// <summary>Called once per event, in the order of <see cref="RunEvent.Sequence"/>.</summary>
    void OnEvent(RunEvent runEvent);
}
