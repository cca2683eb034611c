using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#errorevent
/// The event fired at a window (type "error") when one of its scripts or callbacks throws and
/// nothing catches it: what was thrown, where, and the message a console shows for it.
/// </summary>
public sealed class ErrorEvent : Event
{
    /// <summary>Creates an error event of <paramref name="type"/> (new ErrorEvent(type, eventInitDict)).</summary>
    public ErrorEvent(string type, ErrorEventInit? eventInitDict = null)
        : base(type, eventInitDict)
    {
        // https://dom.spec.whatwg.org/#inner-event-creation-steps
        // "4. For each member → value of dictionary, if event has an attribute whose identifier
        //  is member, then initialize that attribute to value."
        if (eventInitDict is not null)
        {
            Message = eventInitDict.Message;
            Filename = eventInitDict.Filename;
            Lineno = eventInitDict.Lineno;
            Colno = eventInitDict.Colno;
            Error = eventInitDict.Error;
        }
    }

    /// <summary>The error's description, e.g. "Uncaught TypeError: x is not a function" ("Script error." when muted).</summary>
    public string Message { get; } = "";

    /// <summary>The URL of the script that threw (empty when muted or unknown).</summary>
    public string Filename { get; } = "";

    /// <summary>The 1-based line in the script, or 0.</summary>
    public uint Lineno { get; }

    /// <summary>The 1-based column in the script, or 0.</summary>
    public uint Colno { get; }

    /// <summary>The thrown value (a script value); null stands for undefined. A muted error carries the script value null.</summary>
    public object? Error { get; }
}
