using Jint.Native;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
/// An uncaught exception of a script or callback, with what an ErrorEvent carries: the message,
/// the script's URL, line and column, and the thrown value.
/// </summary>
/// <param name="Message">The error's message as a console shows it, e.g. "Uncaught TypeError: x is not a function".</param>
/// <param name="SourceUrl">The URL of the script that threw (the document's URL for an inline script), or null when unknown.</param>
/// <param name="Line">The 1-based line, or 0 when unknown.</param>
/// <param name="Column">The 1-based column, or 0 when unknown.</param>
/// <param name="Error">The thrown JavaScript value, or null when the failure was not a JavaScript throw (e.g. a limit).</param>
/// <param name="Exception">The .NET exception that carried it.</param>
/// <param name="IsMuted">
/// Whether the script's errors are muted (a classic script fetched from another origin): an
/// ErrorEvent must then say "Script error." with an empty filename, line and column 0 and a null
/// error, while the console still shows the details.
/// </param>
public sealed record ScriptError(string Message, string? SourceUrl, int Line, int Column, JsValue? Error, Exception Exception, bool IsMuted);
