using Jint;
using WebMessaging.Browsing;
using WebMessaging.Origins;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>What the page host adds to the window bindings: how to navigate a window when a script sets its location, and how window.open opens one.</summary>
public sealed class WindowBindingsOptions
{
    /// <summary>
    /// Navigates a window to an absolute URL (<c>location.href = url</c>, <c>location.assign</c>,
    /// <c>location.replace</c>, the latter with the replace flag true); it runs in a task on the
    /// navigation task source, after the script that asked for it. Null means the core
    /// <see cref="Browser.Navigate"/>, which changes the document but loads no page.
    /// </summary>
    public Action<Window, Url, bool>? Navigate { get; init; }

    /// <summary>
    /// Runs the window open steps for <c>window.open(url, target, features)</c> called by a
    /// page of the opener window (the first argument) and loads the documents of the windows it
    /// opened or navigated; returns what the core <see cref="Browser.Open"/> returns. Null means
    /// the core <see cref="Browser.Open"/> alone, which opens windows but loads no page.
    /// </summary>
    public Func<Window, string, string, string, Window?>? Open { get; init; }

    /// <summary>
    /// Whether Install registers the engine's promise-job drain as a microtask checkpoint hook;
    /// false when the page host drains the engine's jobs itself.
    /// </summary>
    public bool RegisterPromiseJobCheckpoint { get; init; } = true;

    /// <summary>
    /// Called when a script opens a simple dialog (alert, confirm or prompt) with the dialog's
    /// kind and message. Headless, every dialog is dismissed at once: confirm() returns false and
    /// prompt() null, as in a browser whose user closes each dialog.
    /// </summary>
    public Action<string, string>? OnDialog { get; init; }

    /// <summary>
    /// The wall-clock time (ms since the Unix epoch) at which the event loop's clock read zero,
    /// which performance.timeOrigin counts from; null takes the time the global is created.
    /// </summary>
    public double? EpochAtClockZero { get; init; }

    /// <summary>The browser's storage shed: with one, the window gets localStorage, sessionStorage and storage events.</summary>
    public Storage.StorageRegistry? Storage { get; init; }

    /// <summary>navigator.userAgent (and appVersion, without its "Mozilla/" prefix).</summary>
    public string UserAgent { get; init; } = NavigatorInfo.DefaultUserAgent;
}
