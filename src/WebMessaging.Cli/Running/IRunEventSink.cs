using WebMessaging.Browsing;
using WebMessaging.Scripting.Console;

namespace WebMessaging.Cli.Running;

/// <summary>
/// Where a page runner reports what the message trace cannot see: console calls, uncaught
/// script errors and document loads. Every call is stamped with the event loop's time and
/// joins the run's one ordered stream of events.
/// </summary>
internal interface IRunEventSink
{
    /// <summary>A script of <paramref name="global"/> called a console method.</summary>
    void Console(GlobalScope global, ConsoleMessage message);

    /// <summary>A script of <paramref name="global"/> threw and nothing caught it; <paramref name="message"/> is one line, <paramref name="detail"/> a stack or null.</summary>
    void Error(GlobalScope? global, string message, string? detail = null);

    /// <summary>The document of <paramref name="window"/> finished loading (its load event fired).</summary>
    void Load(GlobalScope window);
}
