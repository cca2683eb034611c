using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>
/// The EventListener callback interface (https://dom.spec.whatwg.org/#callbackdef-eventlistener)
/// over a script object: a function, or an object whose handleEvent is looked up each time it
/// is called. Two wrappers of the same object are the same listener.
/// </summary>
internal sealed class ScriptEventListener : IEventListener, IEquatable<ScriptEventListener>
{
    private readonly BindingRealm _realm;

    public ScriptEventListener(BindingRealm realm, ObjectInstance callback)
    {
        _realm = realm;
        Callback = callback;
    }

    /// <summary>The script object given to addEventListener.</summary>
    public ObjectInstance Callback { get; }

    // https://webidl.spec.whatwg.org/#call-a-user-objects-operation
    // (the core prepared to run script and cleans up after it; it reports what this throws)
    public void HandleEvent(Event evt)
    {
        // 1. "Let completion be an uninitialized variable."
        // 2. "If thisArg was not given, let thisArg be undefined." (it is event's currentTarget)
        JsValue thisArg = evt.CurrentTarget is { } currentTarget ? _realm.Wrap(currentTarget) : JsValue.Undefined;

        // 3. "Let O be the JavaScript object corresponding to value."
        ObjectInstance o = Callback;

        // 7. "Let X be O."
        JsValue x = o;
        try
        {
            // 8. "If ! IsCallable(O) is false, then:"
            if (!JsValueExtensions.IsCallable(o))
            {
                // 8.1 "Let getResult be Completion(Get(O, opName))."
                // 8.2 "If getResult is an abrupt completion, set completion to getResult and jump
                //     to the step labeled return."
                // 8.3 "Set X to getResult.[[Value]]."
                x = o.Get("handleEvent");

                // 8.4 "If ! IsCallable(X) is false, then set completion to Completion{[[Type]]:
                //     throw, [[Value]]: a newly created TypeError object, [[Target]]: empty}, and
                //     jump to the step labeled return."
                if (!JsValueExtensions.IsCallable(x))
                {
                    throw ScriptErrors.TypeError(_realm.Engine, "The event listener is neither a function nor an object with a callable handleEvent property.");
                }

                // 8.5 "Set thisArg to O (overriding the provided value)."
                thisArg = o;
            }

            // 9. "Let jsArgs be the result of converting args to a JavaScript arguments list."
            // 10. "Let callResult be Completion(Call(X, thisArg, jsArgs))."
            using EnteredScript entered = _realm.EnterScript();
            _realm.Engine.Call(x, thisArg, [_realm.Wrap(evt)]);
        }
        catch (JavaScriptException exception)
        {
            throw new ScriptException(exception, _realm);
        }
    }

    /// <summary>True when <paramref name="other"/> wraps the same script object.</summary>
    public bool Equals(ScriptEventListener? other) => other is not null && ReferenceEquals(Callback, other.Callback);

    public override bool Equals(object? obj) => Equals(obj as ScriptEventListener);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Callback);
}
