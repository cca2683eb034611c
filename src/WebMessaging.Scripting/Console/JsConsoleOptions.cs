using System.Diagnostics;

namespace WebMessaging.Scripting.Console;

/// <summary>Options for a <see cref="JsConsole"/>.</summary>
public sealed class JsConsoleOptions
{
    /// <summary>The clock console.time reads, in milliseconds; defaults to a real-time stopwatch, pass the event loop's virtual clock for deterministic output.</summary>
    public Func<double> Clock { get; init; } = CreateStopwatchClock();

    /// <summary>Whether each message records where the call was made (costs one stack walk per call); defaults to true.</summary>
    public bool CaptureLocation { get; init; } = true;

    private static Func<double> CreateStopwatchClock()
    {
        var origin = Stopwatch.GetTimestamp();
        return () => Stopwatch.GetElapsedTime(origin).TotalMilliseconds;
    }
}
