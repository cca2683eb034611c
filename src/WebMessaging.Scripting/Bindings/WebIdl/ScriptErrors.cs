using Jint;
using Jint.Runtime;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// The JavaScript exceptions bindings throw (https://webidl.spec.whatwg.org/#es-exceptions):
/// simple exceptions of the current realm, and core exceptions turned into the script values
/// they stand for.
/// </summary>
internal static class ScriptErrors
{
    /// <summary>
    /// Creates a TypeError of the current realm to throw. Each engine is one realm here, so the
    /// engine's intrinsic TypeError is the current realm's.
    /// </summary>
    public static JavaScriptException TypeError(Engine engine, string message) =>
        new(engine.Intrinsics.TypeError, message);

    /// <summary>The TypeError for an operation or attribute called on an object that does not implement its interface.</summary>
    public static JavaScriptException IllegalInvocation(Engine engine) => TypeError(engine, "Illegal invocation");

    /// <summary>The TypeError for calling an operation with fewer arguments than it requires.</summary>
    public static JavaScriptException NotEnoughArguments(Engine engine, string what, int required, int given) =>
        TypeError(engine, $"{what}: {required} argument{(required == 1 ? string.Empty : "s")} required, but only {given} present.");

    /// <summary>Creates a DOMException of <paramref name="realm"/> named <paramref name="name"/> (e.g. "SecurityError") to throw.</summary>
    public static JavaScriptException DomException(BindingRealm realm, string name, string message) =>
        new(realm.GetWrapper(new WebMessaging.DomException(name, message)));

    /// <summary>
    /// Turns an exception from a core algorithm into the script exception it stands for: a
    /// <see cref="DomException"/> becomes a DOMException of <paramref name="realm"/> with the same
    /// name and message, and a <see cref="ScriptException"/> throws its script value again.
    /// Returns null for exceptions that are not web platform exceptions (host bugs propagate as they are).
    /// </summary>
    public static JavaScriptException? FromCore(BindingRealm realm, Exception exception) => exception switch
    {
        JavaScriptException javaScript => javaScript,
        ScriptException script => new JavaScriptException(script.Value),
        DomException domException => new JavaScriptException(realm.GetWrapper(domException)),
        _ => null,
    };
}
