using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Browsing;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The value of a global's onerror set by script: an OnErrorEventHandlerNonNull callback
/// function with [LegacyTreatNonObjectAsNull] (https://html.spec.whatwg.org/multipage/webappapis.html#onerroreventhandler),
/// called with five arguments for an ErrorEvent fired at the global, where returning true
/// cancels the event.
/// </summary>
internal sealed class ErrorEventHandler : IEventHandler, IEquatable<ErrorEventHandler>
{
    private readonly BindingRealm _realm;

    public ErrorEventHandler(BindingRealm realm, ObjectInstance callback)
    {
        _realm = realm;
        Callback = callback;
    }

    /// <summary>The script object assigned to onerror (usually a function).</summary>
    public ObjectInstance Callback { get; }

    // https://html.spec.whatwg.org/multipage/webappapis.html#the-event-handler-processing-algorithm
    // (steps 3 to 5; the core's event handler listener runs steps 1 and 2 and applies what this returns)
    public bool? Invoke(Event evt)
    {
        // https://webidl.spec.whatwg.org/#invoke-a-callback-function
        // "5. If ! IsCallable(F) is false: ... Return the result of converting undefined to the
        //  callback function's return type."
        if (!JsValueExtensions.IsCallable(Callback))
        {
            return null;
        }

        // "3. Let special error event handling be true if event is an ErrorEvent object, event's
        //  type is "error", and event's currentTarget implements the WindowOrWorkerGlobalScope
        //  mixin. Otherwise, let special error event handling be false."
        bool special = evt is ErrorEvent && evt.Type == "error" && evt.CurrentTarget is GlobalScope;

        // "4. Process the Event object event as follows:"
        //  "If special error event handling is true: Invoke callback with five arguments, the
        //   first one having the value of event's message attribute, the second having the value
        //   of event's filename attribute, the third having the value of event's lineno
        //   attribute, the fourth having the value of event's colno attribute, the fifth having
        //   the value of event's error attribute, and with the callback this value set to
        //   event's currentTarget. Let return value be the callback's return value."
        //  "Otherwise: Invoke callback with one argument, the value of which is the Event object
        //   event, with the callback this value set to event's currentTarget. Let return value
        //   be the callback's return value."
        JsValue[] arguments = special && evt is ErrorEvent error
            ?
            [
                new JsString(error.Message),
                new JsString(error.Filename),
                JsNumber.Create(error.Lineno),
                JsNumber.Create(error.Colno),
                _realm.ToJsValue(error.Error),
            ]
            : [_realm.Wrap(evt)];
        JsValue thisArg = evt.CurrentTarget is { } currentTarget ? _realm.Wrap(currentTarget) : JsValue.Undefined;
        JsValue returnValue;
        try
        {
            using EnteredScript entered = _realm.EnterScript();
            returnValue = _realm.Engine.Call(Callback, thisArg, arguments);
        }
        catch (JavaScriptException exception)
        {
            // "If an exception gets thrown by the callback, end these steps and allow the
            //  exception to propagate."
            throw new ScriptException(exception, _realm);
        }

        // "5. Process return value as follows:"
        //  "If special error event handling is true: If return value is true, then set event's
        //   canceled flag."
        //  "Otherwise: If return value is false, then set event's canceled flag." (the core does
        //   this one when given false)
        // The callback's return type is any: only the boolean values count.
        if (special)
        {
            if (returnValue.IsBoolean() && returnValue.AsBoolean())
            {
                evt.SetCanceledFlag();
            }

            return null;
        }

        return returnValue.IsBoolean() ? returnValue.AsBoolean() : null;
    }

    /// <summary>True when <paramref name="other"/> wraps the same script object.</summary>
    public bool Equals(ErrorEventHandler? other) => other is not null && ReferenceEquals(Callback, other.Callback);

    public override bool Equals(object? obj) => Equals(obj as ErrorEventHandler);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Callback);
}
