using WebMessaging.Browsing;

namespace WebMessaging.Cli.Running;

/// <summary>One run's browser and its pages, made by an <see cref="IPageRunner"/>.</summary>
internal interface IPageSession : IDisposable
{
    /// <summary>The browser the pages run in; the command runs its event loop and follows its trace.</summary>
    Browser Browser { get; }

    /// <summary>
    /// Opens the site's entry URL as a top-level window and starts loading it: parsing, running
    /// its scripts, creating its frames. What the page queues (frame loads, timers, messages) runs
    /// when the command runs the event loop. Console calls, uncaught errors and document loads go
    /// to <see cref="PageRunRequest.Events"/>. When the entry cannot be loaded (its file is
    /// missing or unreadable) it throws a <see cref="PageLoadException"/>, which the command
    /// reports as bad input (exit code 2).
    /// </summary>
    void LoadEntry();
}
