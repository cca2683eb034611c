using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The History interface object (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-history-interface).</summary>
internal sealed class HistoryConstructor : InterfaceConstructor
{
    private HistoryConstructor(BindingRealm realm)
        : base(realm, "History", 0, parent: null, new JsObject(realm.Engine))
    {
        // readonly attribute unsigned long length;
        // "1. If this's relevant global object's associated Document is not fully active, then
        // throw a "SecurityError" DOMException. 2. Return this's length."
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "length", thisValue => JsNumber.Create(This(thisValue).Length));

        // attribute ScrollRestoration scrollRestoration; ("auto" or "manual"; other values are ignored)
        InterfaceMembers.DefineAttribute(
            realm,
            PrototypeObject,
            "scrollRestoration",
            thisValue => new JsString(This(thisValue).ScrollRestoration),
            (thisValue, value) =>
            {
                var history = This(thisValue);
                var text = WebIdlConversions.ToDomString(Engine, value, "Failed to set the 'scrollRestoration' property on 'History'");
                if (text is "auto" or "manual")
                {
                    history.ScrollRestoration = text;
                }
            });

        // readonly attribute any state;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "state", thisValue => This(thisValue).State);

        // undefined go(optional long delta = 0); undefined back(); undefined forward();
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "go", 0, (thisValue, arguments) =>
        {
            var history = This(thisValue);
            var deltaValue = WebIdlConversions.Argument(arguments, 0);
            history.TraverseByDelta(deltaValue.IsUndefined() ? 0 : WebIdlConversions.ToLong(Engine, deltaValue, "Failed to execute 'go' on 'History': parameter 1"));
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "back", 0, (thisValue, _) =>
        {
            This(thisValue).TraverseByDelta(-1);
            return JsValue.Undefined;
        });
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "forward", 0, (thisValue, _) =>
        {
            This(thisValue).TraverseByDelta(1);
            return JsValue.Undefined;
        });

        // undefined pushState(any data, DOMString unused, optional USVString? url = null);
        // undefined replaceState(any data, DOMString unused, optional USVString? url = null);
        foreach (var (name, push) in (ReadOnlySpan<(string, bool)>)[("pushState", true), ("replaceState", false)])
        {
            var pushing = push;
            var context = $"Failed to execute '{name}' on 'History'";
            InterfaceMembers.DefineOperation(realm, PrototypeObject, name, 2, (thisValue, arguments) =>
            {
                var history = This(thisValue);
                WebIdlConversions.RequireArguments(Engine, arguments, 2, context);
                WebIdlConversions.ToDomString(Engine, arguments[1], context + ": parameter 2");
                history.PushOrReplaceState(arguments[0], WebIdlConversions.Argument(arguments, 2), pushing, context);
                return JsValue.Undefined;
            });
        }
    }

    /// <summary>Installs History and defines the global's [SameObject] history attribute, for <paramref name="history"/>.</summary>
    public static void Install(WindowGlobal global, DocumentHistory history)
    {
        var constructor = new HistoryConstructor(global.Bindings);
        constructor.ExposeOn(global.GlobalObject);
        var wrapper = new PlatformObject(global.Bindings, history, constructor.PrototypeObject);

        // [SameObject] readonly attribute History history;
        InterfaceMembers.DefineAttribute(global.Bindings, global.GlobalObject, "history", _ => wrapper);
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();

    private DocumentHistory This(JsValue thisValue) => WebIdlConversions.This<DocumentHistory>(Engine, thisValue);
}
