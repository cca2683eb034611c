using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A listener added with Internet Explorer's <c>attachEvent(name, fn)</c>: <c>fn</c> is called
/// with the event, with the window as <c>this</c> (as IE did, whatever the target). Two
/// wrappers of the same function are the same listener, and never the same as the listener
/// addEventListener made of that function.
/// </summary>
internal sealed class LegacyEventListener : IEventListener, IEquatable<LegacyEventListener>
{
    private readonly BindingRealm _realm;

    public LegacyEventListener(BindingRealm realm, ObjectInstance callback)
    {
        _realm = realm;
        Callback = callback;
    }

    /// <summary>The function given to attachEvent.</summary>
    public ObjectInstance Callback { get; }

    public void HandleEvent(Event evt)
    {
        // IMPLEMENTATION DEFINED: IE called the function with the window as this and (from
        // IE 9) the event as its argument; window.event is the core's current event.
        JsValue thisArg = (JsValue?)_realm.GlobalObject ?? JsValue.Undefined;
        try
        {
            using EnteredScript entered = _realm.EnterScript();
            _realm.Engine.Call(Callback, thisArg, [_realm.Wrap(evt)]);
        }
        catch (JavaScriptException exception)
        {
            throw new ScriptException(exception, _realm);
        }
    }

    /// <summary>True when <paramref name="other"/> wraps the same function.</summary>
    public bool Equals(LegacyEventListener? other) => other is not null && ReferenceEquals(Callback, other.Callback);

    public override bool Equals(object? obj) => Equals(obj as LegacyEventListener);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Callback);
}
