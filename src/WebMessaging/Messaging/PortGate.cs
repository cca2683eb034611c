namespace WebMessaging.Messaging;

/// <summary>
/// Holds a browser's port gate (a monitor, so it may be entered again on the same thread) for
/// a scope, or nothing when the browser has none (every global on one thread).
/// </summary>
internal readonly struct PortGate : IDisposable
{
    private readonly object? _gate;

    private PortGate(object gate) => _gate = gate;

    /// <summary>Enters <paramref name="gate"/> when there is one; dispose the result to leave it.</summary>
    public static PortGate Enter(object? gate)
    {
        if (gate is null)
        {
            return default;
        }

        Monitor.Enter(gate);
        return new PortGate(gate);
    }

    /// <summary>Leaves the gate entered by <see cref="Enter"/>.</summary>
    public void Dispose()
    {
        if (_gate is not null)
        {
            Monitor.Exit(_gate);
        }
    }
}
