namespace WebMessaging.Events;

/// <summary>
/// What an <see cref="EventTarget"/> needs from its relevant global (a window or worker): running
/// listener callbacks as script, reporting their exceptions, and the global's current event.
/// </summary>
public interface IEventEnvironment
{
    /// <summary>The global's current event (window.event) while a listener runs; a non-Window global may ignore it.</summary>
    Event? CurrentEvent { get; set; }

    /// <summary>"Prepare to run script" before a listener callback runs (the callback is now on the script stack).</summary>
    void PrepareToRunCallback();

    /// <summary>"Clean up after running script" after a listener callback: performs a microtask checkpoint when the script stack is now empty.</summary>
    void CleanUpAfterRunningCallback();

    /// <summary>"Report an exception" thrown by a listener, at this global.</summary>
    void ReportException(Exception exception);
}
