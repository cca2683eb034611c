using WebMessaging.Browsing;

namespace WebMessaging.Scripting.Pages;

/// <summary>How a <see cref="ScriptedBrowser"/> runs pages: the core browser's options, script limits, the frame cap and the hooks later layers use.</summary>
public sealed class ScriptedBrowserOptions
{
    /// <summary>The default <see cref="MemoryLimit"/>: 256 MB.</summary>
    public const long DefaultMemoryLimit = 256L * 1024 * 1024;

    /// <summary>The options of the core <see cref="Browsing.Browser"/> (clock, run limits, trace); defaults when null.</summary>
    public BrowserOptions? Browser { get; init; }

    /// <summary>
    /// How long one script or callback may run before it is stopped (reported as a
    /// <see cref="PageDiagnosticKind.ScriptLimit"/> error; the page goes on); 5 seconds by
    /// default, <see cref="TimeSpan.Zero"/> for no limit.
    /// </summary>
    public TimeSpan ScriptTimeLimit { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The wall-clock time at which the event loop's clock reads zero: Date.now() and new Date()
    /// give this plus the loop's time, and performance.timeOrigin counts from it. Null (the
    /// default) takes the time the browser is created; a fixed value makes dates reproducible.
    /// </summary>
    public DateTimeOffset? StartTime { get; init; }

    /// <summary>
    /// How many bytes one script or callback may allocate before it is stopped (reported as a
    /// <see cref="PageDiagnosticKind.ScriptLimit"/> error with a <see cref="ScriptLimitExceededException"/>;
    /// the page goes on): what it allocates in all, checked after every statement, so that
    /// runaway string, array or buffer growth ends before it takes the host's memory; 256 MB by
    /// default, null for no limit.
    /// </summary>
    public long? MemoryLimit { get; init; } = DefaultMemoryLimit;

    /// <summary>How many statements one script or callback may run before it is stopped; null (the default) for no limit.</summary>
    public int? MaxStatements { get; init; }

    /// <summary>How many frames one top-level page may hold, nested ones included; 100 by default.</summary>
    public int MaxFramesPerPage { get; init; } = 100;

    /// <summary>
    /// Whether each new document's engine gets the web platform (the Window global with
    /// messaging, the DOM interfaces and the console) before <see cref="OnWindowCreated"/>
    /// runs; true by default.
    /// </summary>
    public bool InstallWebPlatform { get; init; } = true;

    /// <summary>
    /// Whether pages get Internet Explorer's messaging as well: <c>attachEvent("onmessage", fn)</c>
    /// and <c>detachEvent</c> on the window, the document and elements, and
    /// <c>MessageEvent.prototype.domain</c> (the host of the sender's origin); false by default,
    /// as in Chromium. Needs <see cref="InstallWebPlatform"/>.
    /// </summary>
    public bool LegacyIe { get; init; }

    /// <summary>Called for each console call of a page's or worker's script, as it happens (on the worker's thread for a worker on a thread of its own).</summary>
    public Action<Runtime.PageConsoleMessage>? OnConsoleMessage { get; init; }

    /// <summary>
    /// Called for each new document's window before any of its scripts runs: where bindings,
    /// the console and the realm install their globals on <see cref="ScriptedWindow.Engine"/>.
    /// </summary>
    public Action<ScriptedWindow>? OnWindowCreated { get; init; }

    /// <summary>
    /// Called for each new worker's realm before its script runs (on the worker's thread when
    /// workers run on threads of their own).
    /// </summary>
    public Action<Workers.ScriptedWorker>? OnWorkerCreated { get; init; }

    /// <summary>
    /// Whether each worker runs its own event loop on a thread of its own, as in browsers;
    /// false (the default) runs workers on the browser's one event loop, deterministically.
    /// Sets <see cref="BrowserOptions.WorkerThreads"/> of the core browser.
    /// </summary>
    public bool WorkerThreads { get; init; }

    /// <summary>Called for each console message the runtime reports (failed loads, uncaught errors, limits), as it happens.</summary>
    public Action<PageDiagnostic>? OnDiagnostic { get; init; }

    /// <summary>navigator.userAgent of every window: by default a Chromium-like string that names this runtime.</summary>
    public string UserAgent { get; init; } = Bindings.Html.NavigatorInfo.DefaultUserAgent;

    internal void Validate()
    {
        if (ScriptTimeLimit < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(ScriptTimeLimit), ScriptTimeLimit, "ScriptedBrowserOptions.ScriptTimeLimit must not be negative (use TimeSpan.Zero for no limit).");
        }

        if (MemoryLimit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryLimit), MemoryLimit, "ScriptedBrowserOptions.MemoryLimit must be positive (use null for no limit).");
        }

        if (MaxStatements is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxStatements), MaxStatements, "ScriptedBrowserOptions.MaxStatements must be positive (use null for no limit).");
        }

        if (MaxFramesPerPage < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxFramesPerPage), MaxFramesPerPage, "ScriptedBrowserOptions.MaxFramesPerPage must not be negative.");
        }
    }
}
