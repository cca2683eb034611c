namespace WebMessaging.Scripting.Console;

/// <summary>One line a console call printed: the method called, its level, and its text formatted as Chromium's console shows it.</summary>
/// <param name="Method">The console method that produced the message, e.g. <c>log</c>, <c>assert</c>, <c>timeEnd</c>.</param>
/// <param name="Level">The Console standard's log level of the message.</param>
/// <param name="Text">The formatted text, without group indentation.</param>
/// <param name="ArgumentCount">How many arguments the script passed to the console method.</param>
/// <param name="GroupDepth">How many console groups were open when the message was printed.</param>
/// <param name="Location">Where the call was made, when the engine could tell.</param>
public sealed record ConsoleMessage(
    string Method,
    ConsoleLogLevel Level,
    string Text,
    int ArgumentCount,
    int GroupDepth = 0,
    ConsoleSourceLocation? Location = null)
{
    /// <summary>The level Chromium's DevTools shows for the message (debug is "verbose", warn is "warning").</summary>
    public ChromiumConsoleLevel ChromiumLevel => Level switch
    {
        ConsoleLogLevel.Debug => ChromiumConsoleLevel.Verbose,
        ConsoleLogLevel.Warn => ChromiumConsoleLevel.Warning,
        ConsoleLogLevel.Error => ChromiumConsoleLevel.Error,
        _ => ChromiumConsoleLevel.Info,
    };

    /// <summary>The text indented by two spaces per open group, as a console shows grouped output.</summary>
    public string IndentedText => GroupDepth == 0 ? Text : new string(' ', 2 * GroupDepth) + Text;
}
