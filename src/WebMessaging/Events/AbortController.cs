namespace WebMessaging.Events;

/// <summary>An abort controller (https://dom.spec.whatwg.org/#interface-abortcontroller): owns an <see cref="AbortSignal"/> and aborts it.</summary>
public sealed class AbortController
{
    /// <summary>Creates a controller whose signal belongs to <paramref name="environment"/> (its relevant global), if any.</summary>
    public AbortController(IEventEnvironment? environment = null)
    {
        // https://dom.spec.whatwg.org/#dom-abortcontroller-abortcontroller
        // 1. "Let signal be a new AbortSignal object."
        // 2. "Set this's signal to signal."
        Signal = new AbortSignal(environment);
    }

    /// <summary>The controller's signal.</summary>
    public AbortSignal Signal { get; }

    /// <summary>Aborts the signal with <paramref name="reason"/> (an "AbortError" <see cref="DomException"/> when null).</summary>
    public void Abort(object? reason = null)
    {
        // https://dom.spec.whatwg.org/#dom-abortcontroller-abort
        // "The abort(reason) method steps are to signal abort on this's signal with reason if it is given."
        Signal.SignalAbort(reason);
    }
}
