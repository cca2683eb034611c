using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;
using M = WebMessaging.Scripting.Bindings.UiEvents.EventMemberType;

namespace WebMessaging.Scripting.Bindings.UiEvents;

/// <summary>
/// Installs the event interfaces whose state is their init dictionary: UIEvent, FocusEvent,
/// MouseEvent, PointerEvent, KeyboardEvent and InputEvent (https://w3c.github.io/uievents/,
/// https://w3c.github.io/pointerevents/) and HashChangeEvent, PopStateEvent,
/// PageTransitionEvent and CloseEvent (HTML and WebSockets).
/// </summary>
internal static class UiEventsBindings
{
    // EventModifierInit's boolean members that have attributes on MouseEvent and KeyboardEvent.
    private static readonly EventMember[] Modifiers =
    [
        new EventMember("altKey", M.Boolean), new EventMember("ctrlKey", M.Boolean), new EventMember("metaKey", M.Boolean), new EventMember("shiftKey", M.Boolean),
    ];

    /// <summary>Installs the interfaces (after Event) in the realm and exposes them.</summary>
    public static void Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var eventConstructor = (EventConstructor)realm.RequireInterface("Event");
        var interfaces = new Dictionary<string, DictionaryEventConstructor>(StringComparer.Ordinal);
        DictionaryEventConstructor Define(string name, DictionaryEventConstructor? parent, params EventMember[] members)
        {
            var constructor = new DictionaryEventConstructor(realm, name, eventConstructor, parent, members);
            constructor.ExposeOn(globalObject);
            interfaces[name] = constructor;
            return constructor;
        }

        // interface UIEvent : Event { readonly attribute Window? view; readonly attribute long detail; };
        var uiEvent = Define("UIEvent", null, new EventMember("detail", M.Long), new EventMember("view", M.NullableWindow));

        // interface FocusEvent : UIEvent { readonly attribute EventTarget? relatedTarget; };
        Define("FocusEvent", uiEvent, new EventMember("relatedTarget", M.NullableEventTarget));

        // interface MouseEvent : UIEvent { screenX, screenY, clientX, clientY (long, as UI Events and
        // Chromium have them; CSSOM View makes them double),
        // ctrlKey, shiftKey, altKey, metaKey, button (short), buttons (unsigned short),
        // relatedTarget, movementX, movementY; boolean getModifierState(DOMString keyArg); };
        var mouseEvent = Define("MouseEvent", uiEvent,
        [
            .. Modifiers, new EventMember("screenX", M.Long), new EventMember("screenY", M.Long), new EventMember("clientX", M.Long), new EventMember("clientY", M.Long),
            new EventMember("button", M.Short), new EventMember("buttons", M.UnsignedShort), new EventMember("relatedTarget", M.NullableEventTarget),
            new EventMember("movementX", M.Double), new EventMember("movementY", M.Double),
        ]);
        DefineModifierState(realm, mouseEvent);

        // https://drafts.csswg.org/cssom-view/#extensions-to-the-mouseevent-interface: pageX, pageY,
        // x, y, offsetX, offsetY. IMPLEMENTATION DEFINED: there is no layout and no scrolling, so
        // each is the client coordinate.
        foreach (var (alias, of) in (ReadOnlySpan<(string, string)>)[("pageX", "clientX"), ("pageY", "clientY"), ("x", "clientX"), ("y", "clientY"), ("offsetX", "clientX"), ("offsetY", "clientY")])
        {
            var source = of;
            InterfaceMembers.DefineAttribute(realm, mouseEvent.PrototypeObject, alias, thisValue => mouseEvent.This(thisValue).Members[source]);
        }

        // interface PointerEvent : MouseEvent (https://w3c.github.io/pointerevents/#pointerevent-interface)
        Define("PointerEvent", mouseEvent,
            new EventMember("pointerId", M.Long), new EventMember("width", M.Double, 1), new EventMember("height", M.Double, 1), new EventMember("pressure", M.Double),
            new EventMember("tangentialPressure", M.Double), new EventMember("tiltX", M.Long), new EventMember("tiltY", M.Long), new EventMember("twist", M.Long),
            new EventMember("altitudeAngle", M.Double, Math.PI / 2), new EventMember("azimuthAngle", M.Double), new EventMember("pointerType", M.String), new EventMember("isPrimary", M.Boolean));

        // interface KeyboardEvent : UIEvent { key, code, location, ctrlKey, shiftKey, altKey,
        // metaKey, repeat, isComposing, charCode, keyCode; getModifierState(); };
        var keyboardEvent = Define("KeyboardEvent", uiEvent,
        [
            .. Modifiers, new EventMember("key", M.String), new EventMember("code", M.String), new EventMember("location", M.UnsignedLong),
            new EventMember("repeat", M.Boolean), new EventMember("isComposing", M.Boolean), new EventMember("charCode", M.UnsignedLong), new EventMember("keyCode", M.UnsignedLong),
        ]);
        DefineModifierState(realm, keyboardEvent);
        InterfaceMembers.DefineConstant(keyboardEvent, keyboardEvent.PrototypeObject, "DOM_KEY_LOCATION_STANDARD", 0);
        InterfaceMembers.DefineConstant(keyboardEvent, keyboardEvent.PrototypeObject, "DOM_KEY_LOCATION_LEFT", 1);
        InterfaceMembers.DefineConstant(keyboardEvent, keyboardEvent.PrototypeObject, "DOM_KEY_LOCATION_RIGHT", 2);
        InterfaceMembers.DefineConstant(keyboardEvent, keyboardEvent.PrototypeObject, "DOM_KEY_LOCATION_NUMPAD", 3);

        // interface InputEvent : UIEvent { readonly attribute DOMString? data; readonly attribute
        // boolean isComposing; readonly attribute DOMString inputType; };
        Define("InputEvent", uiEvent, new EventMember("data", M.NullableString), new EventMember("isComposing", M.Boolean), new EventMember("inputType", M.String));

        // https://w3c.github.io/uievents/#dom-uievent-which (legacy): keyCode or charCode for key
        // events, button + 1 for mouse events, 0 otherwise.
        InterfaceMembers.DefineAttribute(realm, uiEvent.PrototypeObject, "which", thisValue =>
        {
            var impl = uiEvent.This(thisValue);
            if (impl.Members.TryGetValue("keyCode", out var keyCode))
            {
                var code = TypeConverter.ToNumber(keyCode);
                return code != 0 ? keyCode : impl.Members["charCode"];
            }

            return impl.Members.TryGetValue("button", out var button) ? JsNumber.Create(TypeConverter.ToNumber(button) + 1) : JsNumber.Create(0);
        });

        // HTML: HashChangeEvent { USVString oldURL, newURL }, PopStateEvent { any state; boolean
        // hasUAVisualTransition }, PageTransitionEvent { boolean persisted }; WebSockets:
        // CloseEvent { boolean wasClean; unsigned short code; USVString reason }.
        Define("HashChangeEvent", null, new EventMember("newURL", M.String), new EventMember("oldURL", M.String));
        Define("PopStateEvent", null, new EventMember("state", M.Any), new EventMember("hasUAVisualTransition", M.Boolean));
        Define("PageTransitionEvent", null, new EventMember("persisted", M.Boolean));
        // https://html.spec.whatwg.org/multipage/form-control-infrastructure.html#submitevent
        Define("SubmitEvent", null, new EventMember("submitter", M.NullableEventTarget));
        Define("CloseEvent", null, new EventMember("wasClean", M.Boolean), new EventMember("code", M.UnsignedShort), new EventMember("reason", M.String));

        // Events the user agent fires (a synthetic click is a PointerEvent) wrap as their interface.
        realm.RegisterWrapperFactory(typeof(DictionaryEvent), impl => interfaces[((DictionaryEvent)impl).InterfaceName].CreateWrapper((DictionaryEvent)impl));
    }

    // boolean getModifierState(DOMString keyArg);
    // https://w3c.github.io/uievents/#dom-mouseevent-getmodifierstate: true for a modifier key that is active.
    private static void DefineModifierState(BindingRealm realm, DictionaryEventConstructor constructor) =>
        InterfaceMembers.DefineOperation(realm, constructor.PrototypeObject, "getModifierState", 1, (thisValue, arguments) =>
        {
            var impl = constructor.This(thisValue);
            WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, $"Failed to execute 'getModifierState' on '{impl.InterfaceName}'");
            var member = TypeConverter.ToString(arguments[0]) switch
            {
                "Alt" => "altKey",
                "Control" => "ctrlKey",
                "Meta" => "metaKey",
                "Shift" => "shiftKey",
                _ => null,
            };
            return member is not null && TypeConverter.ToBoolean(impl.Members[member]) ? JsBoolean.True : JsBoolean.False;
        });
}
