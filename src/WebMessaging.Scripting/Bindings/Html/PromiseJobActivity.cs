namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A Jint constraint that counts the statements an engine runs, so that a microtask checkpoint
/// hook can tell whether draining the engine's promise jobs ran any script (Jint's
/// ProcessTasks does not say). Add it to the engine's options with <see cref="PromiseJobCheckpoint.TrackJobActivity"/>.
/// </summary>
public sealed class PromiseJobActivity : Jint.Constraint
{
    /// <summary>How many statements the engine has run since it was created.</summary>
    public long Statements { get; private set; }

    /// <summary>Every statement is counted (the count must not be amortized over several statements).</summary>
    public override bool IsAmortizable => false;

    /// <summary>Counts one statement.</summary>
    public override void Check() => Statements++;

    /// <summary>Does nothing: Jint resets constraints at each host call, and the count must survive them.</summary>
    public override void Reset()
    {
    }
}
