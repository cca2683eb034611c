namespace WebMessaging.Scheduling;

/// <summary>
/// The event loop's lock around its short critical sections (a few field and queue updates,
/// never a call out): one atomic exchange to enter and a releasing store to leave, without the
/// owner bookkeeping of <see cref="Lock"/>, whose enter and exit cost three to four times as
/// much here. The loop takes its gate twice per message (to queue the task and to take it).
/// </summary>
/// <remarks>
/// Not reentrant: code that holds the gate must not take it again (Debug builds throw if it does).
/// A thread that finds the gate taken spins, then yields, as <see cref="SpinWait"/> does.
/// </remarks>
internal sealed class SpinGate
{
    private int _held;
#if DEBUG
    private int _holder;
#endif

    /// <summary>Takes the gate, waiting for another thread to leave it; dispose the result to leave.</summary>
    public Scope Enter()
    {
#if DEBUG
        if (Volatile.Read(ref _holder) == Environment.CurrentManagedThreadId)
        {
            throw new InvalidOperationException("The event loop's gate was taken again by the thread that holds it.");
        }
#endif
        if (Interlocked.CompareExchange(ref _held, 1, 0) != 0)
        {
            WaitToEnter();
        }

#if DEBUG
        _holder = Environment.CurrentManagedThreadId;
#endif
        return new Scope(this);
    }

    private void WaitToEnter()
    {
        var spinner = default(SpinWait);
        do
        {
            spinner.SpinOnce();
        }
        while (Volatile.Read(ref _held) != 0 || Interlocked.CompareExchange(ref _held, 1, 0) != 0);
    }

    private void Exit()
    {
#if DEBUG
        _holder = 0;
#endif
        Volatile.Write(ref _held, 0);
    }

    /// <summary>The gate, held until disposed.</summary>
    public readonly ref struct Scope
    {
        private readonly SpinGate _gate;

        internal Scope(SpinGate gate) => _gate = gate;

        /// <summary>Leaves the gate.</summary>
        public void Dispose() => _gate.Exit();
    }
}
