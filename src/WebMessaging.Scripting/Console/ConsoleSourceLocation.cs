namespace WebMessaging.Scripting.Console;

/// <summary>Where a console call was made: the script's URL and the one-based line and column of the call.</summary>
/// <param name="Url">The URL (or source name) of the script that made the call.</param>
/// <param name="Line">The one-based line of the call.</param>
/// <param name="Column">The one-based column Jint reports, which is that of the node it last evaluated in the call's statement (an argument, not always the call's start).</param>
public sealed record ConsoleSourceLocation(string Url, int Line, int Column)
{
    /// <summary>Formats the location as <c>url:line:column</c>.</summary>
    public override string ToString() => Url + ":" + Line + ":" + Column;
}
