using Jint.Native;
using Jint.Runtime;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Runtime;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception
/// The step of "report an exception" that fires the ErrorEvent at a window (its
/// <see cref="ScriptedWindow.ErrorEventDispatcher"/>): window.onerror gets the five arguments,
/// then the "error" listeners the event, and canceling it keeps the error off the console.
/// </summary>
internal sealed class ErrorEventReporter
{
    private const string SyntaxErrorPrefix = "Uncaught SyntaxError: ";

    private readonly ScriptedWindow _document;

    private ErrorEventReporter(ScriptedWindow document)
    {
        _document = document;
    }

    /// <summary>Makes <paramref name="document"/>'s uncaught errors fire ErrorEvents at its window.</summary>
    public static void Install(ScriptedWindow document)
    {
        var reporter = new ErrorEventReporter(document);
        document.ErrorEventDispatcher = reporter.FireErrorEvent;
    }

    // Returns true when the event was canceled (notHandled is false).
    private bool FireErrorEvent(ScriptError error)
    {
        // "2. Let errorInfo be the result of extracting error information from exception."
        ErrorEventInit errorInfo = ExtractErrorInformation(error);

        // "4. If script is a classic script and script's muted errors is true, then set
        //  errorInfo[error] to null, errorInfo[message] to "Script error.", errorInfo[filename]
        //  to the empty string, errorInfo[lineno] to 0, and errorInfo[colno] to 0."
        // FIXME: a callback defined by a muted script and called later (a listener, a timer)
        // is not known to be muted: ScriptError.IsMuted covers the script's own run.
        if (error.IsMuted)
        {
            errorInfo = new ErrorEventInit { Cancelable = true, Message = "Script error.", Filename = "", Lineno = 0, Colno = 0, Error = JsValue.Null };
        }

        // "6. If global is not in error reporting mode, then: ... 2. If global implements
        //  EventTarget, then set notHandled to the result of firing an event named error at
        //  global, using ErrorEvent, with the cancelable attribute initialized to true, and
        //  additional attributes initialized according to errorInfo."
        // (The window keeps the error reporting mode and writes the console for step 7.)
        var window = _document.Window;
        var evt = new ErrorEvent("error", errorInfo) { TimeStamp = window.EventLoop.Now };
        return !window.FireEvent(evt);
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#extract-error
    // "1. Let attributes be an empty map keyed by IDL attributes. 2. Set attributes[error] to
    //  exception. 3. Set attributes[message], attributes[filename], attributes[lineno], and
    //  attributes[colno] to implementation-defined values derived from exception."
    // IMPLEMENTATION DEFINED: as Chromium: the message is "Uncaught " and the thrown value's
    // text ("Uncaught TypeError: x is not a function"), the place is where it was thrown.
    private static ErrorEventInit ExtractErrorInformation(ScriptError error)
    {
        string message = error.Message;
        string filename = error.SourceUrl ?? "";
        int line = error.Line;
        int column = error.Column;
        JsValue thrown = error.Error ?? JsValue.Null;

        // A listener's or handler's exception reaches the window wrapped for the core.
        if (error.Exception is ScriptException { InnerException: JavaScriptException inner } script)
        {
            thrown = script.Value;
            message = "Uncaught " + inner.Error;
            var location = inner.Location;
            if (!string.IsNullOrEmpty(location.SourceFile))
            {
                filename = location.SourceFile;
                line = location.Start.Line;
                column = line > 0 ? location.Start.Column + 1 : 0;
            }

            // FIXME: a function of an inline script reports its line within that script, not
            // within the document (the script element's line offset is only known while the
            // script itself runs).
        }

        return new ErrorEventInit
        {
            Cancelable = true,
            Message = WithoutParserLocation(message, filename),
            Filename = filename,
            Lineno = (uint)Math.Max(0, line),
            Colno = (uint)Math.Max(0, column),
            Error = thrown,
        };
    }

    // The parser names the place of a syntax error at the end of its message, "... (url:1:5)";
    // Chromium's message does not (the place is in filename, lineno and colno).
    private static string WithoutParserLocation(string message, string filename)
    {
        if (!message.StartsWith(SyntaxErrorPrefix, StringComparison.Ordinal) || !message.EndsWith(')'))
        {
            return message;
        }

        int open = message.LastIndexOf(" (", StringComparison.Ordinal);
        return open > SyntaxErrorPrefix.Length && string.CompareOrdinal(message, open + 2, filename, 0, filename.Length) == 0
            ? message[..open]
            : message;
    }
}
