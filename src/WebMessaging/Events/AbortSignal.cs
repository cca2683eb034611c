using WebMessaging.Scheduling;

namespace WebMessaging.Events;

/// <summary>
/// An abort signal (https://dom.spec.whatwg.org/#interface-AbortSignal): says whether an
/// operation was aborted and why, and fires "abort" when it is.
/// </summary>
public sealed class AbortSignal : EventTarget
{
    private List<Action>? _abortAlgorithms;
    private List<AbortSignal>? _sourceSignals;
    private List<AbortSignal>? _dependentSignals;
    private bool _dependent;
    private object? _abortReason;
    private bool _aborted;

    internal AbortSignal(IEventEnvironment? environment)
        : base(environment)
    {
    }

    /// <summary>Whether the signal was aborted.</summary>
    public bool Aborted => _aborted;

    /// <summary>The abort reason (a <see cref="DomException"/> named "AbortError" unless one was given), or null while not aborted.</summary>
    public object? Reason => _abortReason;

    /// <summary>Returns a signal that is already aborted with <paramref name="reason"/> (an "AbortError" <see cref="DomException"/> when null).</summary>
    public static AbortSignal Abort(object? reason = null, IEventEnvironment? environment = null)
    {
        // https://dom.spec.whatwg.org/#dom-abortsignal-abort
        // 1. "Let signal be a new AbortSignal object."
        var signal = new AbortSignal(environment);

        // 2. "Set signal's abort reason to reason if it is given; otherwise to a new "AbortError" DOMException."
        signal._abortReason = reason ?? NewAbortError();
        signal._aborted = true;

        // 3. "Return signal."
        return signal;
    }

    /// <summary>Returns a signal that aborts with a "TimeoutError" <see cref="DomException"/> after <paramref name="milliseconds"/> on <paramref name="eventLoop"/>.</summary>
    public static AbortSignal Timeout(EventLoop eventLoop, double milliseconds, object? owner = null, IEventEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(eventLoop);
        if (!(milliseconds >= 0) || double.IsPositiveInfinity(milliseconds))
        {
            throw new ArgumentOutOfRangeException(nameof(milliseconds), milliseconds, "The timeout of AbortSignal.timeout must be a finite, non-negative number of milliseconds.");
        }

        // https://dom.spec.whatwg.org/#dom-abortsignal-timeout
        // 1. "Let signal be a new AbortSignal object."
        var signal = new AbortSignal(environment);

        // 2. "Let global be signal's relevant global object." (owner)
        // 3. "Run steps after a timeout given global, "AbortSignal-timeout", milliseconds, and
        //    the following step: Queue a global task on the timer task source given global to
        //    signal abort given signal and a new "TimeoutError" DOMException."
        //    "For the duration of this timeout, if signal has any event listeners registered for
        //    its abort event, there must be a strong reference from global to signal." (the
        //    pending timer holds the signal)
        eventLoop.RunStepsAfterTimeout(
            owner,
            "AbortSignal-timeout",
            milliseconds,
            () => eventLoop.QueueTask(
                TaskSource.Timer,
                owner,
                () => signal.SignalAbort(new DomException("TimeoutError", $"The operation timed out after {milliseconds} ms (AbortSignal.timeout).")),
                "AbortSignal.timeout"),
            "AbortSignal.timeout");

        // 4. "Return signal."
        return signal;
    }

    /// <summary>Returns a signal that aborts as soon as any of <paramref name="signals"/> does, with its reason.</summary>
    public static AbortSignal Any(IReadOnlyList<AbortSignal> signals, IEventEnvironment? environment = null)
    {
        ArgumentNullException.ThrowIfNull(signals);

        // https://dom.spec.whatwg.org/#create-a-dependent-abort-signal
        // 1. "Let resultSignal be a new object implementing signalInterface using realm."
        var resultSignal = new AbortSignal(environment);

        // 2. "For each signal of signals: if signal is aborted, then set resultSignal's abort
        //    reason to signal's abort reason and return resultSignal."
        foreach (AbortSignal signal in signals)
        {
            ArgumentNullException.ThrowIfNull(signal, nameof(signals));
            if (signal.Aborted)
            {
                resultSignal._abortReason = signal._abortReason;
                resultSignal._aborted = true;
                return resultSignal;
            }
        }

        // 3. "Set resultSignal's dependent to true."
        resultSignal._dependent = true;

        // 4. "For each signal of signals:"
        // IMPLEMENTATION DEFINED: sources hold their dependents strongly (the spec lets a
        // dependent be collected once nothing can observe it).
        foreach (AbortSignal signal in signals)
        {
            if (!signal._dependent)
            {
                // 4.1 "If signal's dependent is false: Append signal to resultSignal's source
                //     signals. Append resultSignal to signal's dependent signals."
                resultSignal.AppendSource(signal);
            }
            else
            {
                // 4.2 "Otherwise, for each sourceSignal of signal's source signals: Assert:
                //     sourceSignal is not aborted and not dependent. Append sourceSignal to
                //     resultSignal's source signals. Append resultSignal to sourceSignal's dependent signals."
                foreach (AbortSignal sourceSignal in signal._sourceSignals ?? [])
                {
                    resultSignal.AppendSource(sourceSignal);
                }
            }
        }

        // 5. "Return resultSignal."
        return resultSignal;
    }

    /// <summary>
    /// throwIfAborted(): throws the abort reason when it is an exception (a binding throws a
    /// script value reason itself), or an "AbortError" <see cref="DomException"/> naming it.
    /// </summary>
    public void ThrowIfAborted()
    {
        // https://dom.spec.whatwg.org/#dom-abortsignal-throwifaborted
        // "The throwIfAborted() method steps are to throw this's abort reason, if this is aborted."
        if (!_aborted)
        {
            return;
        }

        if (_abortReason is Exception exception)
        {
            throw exception;
        }

        throw new DomException("AbortError", $"The signal was aborted with reason: {_abortReason ?? "null"}.");
    }

    /// <summary>Adds an algorithm to run when the signal aborts (https://dom.spec.whatwg.org/#abortsignal-add).</summary>
    internal void AddAlgorithm(Action algorithm)
    {
        // 1. "If signal is aborted, then return."
        if (_aborted)
        {
            return;
        }

        // 2. "Append algorithm to signal's abort algorithms."
        (_abortAlgorithms ??= []).Add(algorithm);
    }

    // https://dom.spec.whatwg.org/#abortsignal-signal-abort
    internal void SignalAbort(object? reason)
    {
        // 1. "If signal is aborted, then return."
        if (_aborted)
        {
            return;
        }

        // 2. "Set signal's abort reason to reason if it is given; otherwise to a new "AbortError" DOMException."
        _abortReason = reason ?? NewAbortError();
        _aborted = true;

        // 3. "Let dependentSignalsToAbort be a new list."
        List<AbortSignal>? dependentSignalsToAbort = null;

        // 4. "For each dependentSignal of signal's dependent signals:"
        foreach (AbortSignal dependentSignal in _dependentSignals ?? [])
        {
            // 4.1 "If dependentSignal is not aborted:"
            if (!dependentSignal._aborted)
            {
                // 4.1.1 "Set dependentSignal's abort reason to signal's abort reason."
                dependentSignal._abortReason = _abortReason;
                dependentSignal._aborted = true;

                // 4.1.2 "Append dependentSignal to dependentSignalsToAbort."
                (dependentSignalsToAbort ??= []).Add(dependentSignal);
            }
        }

        // 5. "Run the abort steps for signal."
        RunAbortSteps();

        // 6. "For each dependentSignal of dependentSignalsToAbort, run the abort steps for dependentSignal."
        foreach (AbortSignal dependentSignal in dependentSignalsToAbort ?? [])
        {
            dependentSignal.RunAbortSteps();
        }
    }

    // https://dom.spec.whatwg.org/#run-the-abort-steps
    private void RunAbortSteps()
    {
        // 1. "For each algorithm of signal's abort algorithms: run algorithm."
        List<Action>? algorithms = _abortAlgorithms;

        // 2. "Empty signal's abort algorithms."
        _abortAlgorithms = null;
        foreach (Action algorithm in algorithms ?? [])
        {
            algorithm();
        }

        // 3. "Fire an event named abort at signal."
        FireEvent(new Event("abort"));
    }

    private void AppendSource(AbortSignal source)
    {
        // "append" to ordered sets: no duplicates.
        _sourceSignals ??= [];
        if (!_sourceSignals.Contains(source))
        {
            _sourceSignals.Add(source);
        }

        source._dependentSignals ??= [];
        if (!source._dependentSignals.Contains(this))
        {
            source._dependentSignals.Add(this);
        }
    }

    private static DomException NewAbortError() => new("AbortError", "The operation was aborted.");
}
