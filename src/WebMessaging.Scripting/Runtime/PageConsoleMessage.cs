using WebMessaging.Browsing;
using WebMessaging.Scripting.Console;

namespace WebMessaging.Scripting.Runtime;

/// <summary>A console call of a page's script, with the window that made it.</summary>
/// <param name="Window">The core window whose script called the console.</param>
/// <param name="Url">The URL of the document whose script called the console.</param>
/// <param name="Time">Virtual time of the call, in milliseconds.</param>
/// <param name="Message">What was printed.</param>
public sealed record PageConsoleMessage(Window Window, string Url, double Time, ConsoleMessage Message);
