using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The value of an event handler IDL attribute set by script: an EventHandlerNonNull callback
/// function with [LegacyTreatNonObjectAsNull] (https://html.spec.whatwg.org/multipage/webappapis.html#eventhandler).
/// </summary>
internal sealed class ScriptEventHandler : IEventHandler, IEquatable<ScriptEventHandler>
{
    private readonly BindingRealm _realm;

    public ScriptEventHandler(BindingRealm realm, ObjectInstance callback)
    {
        _realm = realm;
        Callback = callback;
    }

    /// <summary>The script object assigned to the attribute (usually a function).</summary>
    public ObjectInstance Callback { get; }

    // https://webidl.spec.whatwg.org/#invoke-a-callback-function
    public bool? Invoke(Event evt)
    {
        // 4. "Let F be the JavaScript object corresponding to callable."
        // 5. "If ! IsCallable(F) is false: Note: This is only possible when the callback function
        //    came from an attribute marked with [LegacyTreatNonObjectAsNull]. Return the result
        //    of converting undefined to the callback function's return type."
        if (!JsValueExtensions.IsCallable(Callback))
        {
            return null;
        }

        // 10. "Let callResult be Completion(Call(F, thisArg, jsArgs))." (thisArg is event's
        //     currentTarget, as the event handler processing algorithm says)
        JsValue thisArg = evt.CurrentTarget is { } currentTarget ? _realm.Wrap(currentTarget) : JsValue.Undefined;
        JsValue returnValue;
        try
        {
            using EnteredScript entered = _realm.EnterScript();
            returnValue = _realm.Engine.Call(Callback, thisArg, [_realm.Wrap(evt)]);
        }
        catch (JavaScriptException exception)
        {
            throw new ScriptException(exception, _realm);
        }

        // 13. "Set completion to the result of converting callResult.[[Value]] to an IDL value
        //     of the same type as the operation's return type." (any: the core only asks whether it is false)
        return returnValue.IsBoolean() ? returnValue.AsBoolean() : null;
    }

    /// <summary>True when <paramref name="other"/> wraps the same script object.</summary>
    public bool Equals(ScriptEventHandler? other) => other is not null && ReferenceEquals(Callback, other.Callback);

    public override bool Equals(object? obj) => Equals(obj as ScriptEventHandler);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Callback);
}
