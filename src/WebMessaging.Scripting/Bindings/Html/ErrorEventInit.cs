using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#erroreventinit
/// The ErrorEventInit dictionary: what an <see cref="ErrorEvent"/> says about the error.
/// </summary>
public sealed class ErrorEventInit : EventInit
{
    /// <summary>message: the error's description, e.g. "Uncaught TypeError: x is not a function".</summary>
    public string Message { get; init; } = "";

    /// <summary>filename: the URL of the script that threw.</summary>
    public string Filename { get; init; } = "";

    /// <summary>lineno: the 1-based line in the script, or 0 when unknown.</summary>
    public uint Lineno { get; init; }

    /// <summary>colno: the 1-based column in the script, or 0 when unknown.</summary>
    public uint Colno { get; init; }

    /// <summary>error: the thrown value (a script value of the event's realm); null stands for undefined (the member left out).</summary>
    public object? Error { get; init; }
}
