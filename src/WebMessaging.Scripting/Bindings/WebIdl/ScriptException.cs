using Jint.Native;
using Jint.Runtime;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// A JavaScript exception thrown by a script callback (an event listener, an event handler) that
/// the core receives as a .NET exception and reports; <see cref="Value"/> keeps the thrown
/// JavaScript value for window.onerror and for rethrowing it into script unchanged.
/// </summary>
public sealed class ScriptException : Exception
{
    /// <summary>Wraps <paramref name="exception"/>, thrown by a callback of <paramref name="realm"/>.</summary>
    public ScriptException(JavaScriptException exception, BindingRealm realm)
        : base(DescribeThrown(exception), exception)
    {
        ArgumentNullException.ThrowIfNull(realm);
        Value = exception.Error;
        Realm = realm;
    }

    /// <summary>The thrown JavaScript value (an Error object, a DOMException, or any other value).</summary>
    public JsValue Value { get; }

    /// <summary>The realm of the callback that threw.</summary>
    public BindingRealm Realm { get; }

    /// <summary>The JavaScript stack trace at the throw, when the engine recorded one.</summary>
    public string? JavaScriptStackTrace => (InnerException as JavaScriptException)?.JavaScriptStackTrace;

    private static string DescribeThrown(JavaScriptException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return "Uncaught " + exception.GetJavaScriptErrorString();
    }
}
