using WebMessaging.Browsing;
using WebMessaging.Scripting.Console;

namespace WebMessaging.Scripting.Runtime;

/// <summary>A console call of a page's (or a worker's) script, with the global that made it.</summary>
/// <param name="Global">The core window or worker global whose script called the console.</param>
/// <param name="Url">The URL of the document (or the worker's script) whose script called the console.</param>
/// <param name="Time">Time of the call on the global's event loop, in milliseconds.</param>
/// <param name="Message">What was printed.</param>
public sealed record PageConsoleMessage(GlobalScope Global, string Url, double Time, ConsoleMessage Message)
{
    /// <summary>The window whose script called the console, or null when a worker's did.</summary>
    public Window? Window => Global as Window;
}
