using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The MediaQueryList interface object (https://drafts.csswg.org/cssom-view/#mediaquerylist) and window.matchMedia().</summary>
internal sealed class MediaQueryListConstructor : InterfaceConstructor
{
    private MediaQueryListConstructor(BindingRealm realm)
        : base(realm, "MediaQueryList", 0, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine))
    {
        // readonly attribute CSSOMString media; readonly attribute boolean matches;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "media", thisValue => new JsString(This(thisValue).Media));
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "matches", thisValue => This(thisValue).Matches ? JsBoolean.True : JsBoolean.False);

        // undefined addListener(EventListener? callback); undefined removeListener(EventListener? callback);
        // "The addListener(callback) method steps are to add an event listener with this and an
        // event listener whose type is change, and callback is callback." (removeListener: remove it)
        foreach (var (name, add) in (ReadOnlySpan<(string, bool)>)[("addListener", true), ("removeListener", false)])
        {
            var adding = add;
            InterfaceMembers.DefineOperation(realm, PrototypeObject, name, 1, (thisValue, arguments) =>
            {
                var list = This(thisValue);
                var method = ((ObjectInstance)PrototypeObject.Prototype!).Get(adding ? "addEventListener" : "removeEventListener");
                var callback = WebIdlConversions.Argument(arguments, 0);
                if (!WebIdlConversions.IsNullish(callback))
                {
                    Engine.Call(method, Realm.Wrap(list), [new JsString("change"), callback]);
                }

                return JsValue.Undefined;
            });
        }

        // attribute EventHandler onchange;
        EventHandlerAttribute.Define(realm, PrototypeObject, "onchange", "change");
    }

    /// <summary>Installs MediaQueryList and defines window.matchMedia().</summary>
    public static void Install(WindowGlobal global)
    {
        var constructor = new MediaQueryListConstructor(global.Bindings);
        constructor.ExposeOn(global.GlobalObject);
        global.Bindings.RegisterWrapperFactory(typeof(MediaQueryList), impl => new PlatformObject(global.Bindings, impl, constructor.PrototypeObject));

        // [NewObject] MediaQueryList matchMedia(CSSOMString query);
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "matchMedia", 1, (_, arguments) =>
        {
            const string context = "Failed to execute 'matchMedia' on 'Window'";
            WebIdlConversions.RequireArguments(global.Engine, arguments, 1, context);
            var query = WebIdlConversions.ToDomString(global.Engine, arguments[0], context + ": parameter 1");

            // "1. Let parsed media query list be the result of parsing query." "2. Return a new
            // MediaQueryList object, with this's associated Document as the document, with parsed
            // media query list as its associated media query list."
            return global.Bindings.Wrap(new MediaQueryList(global.Window, query));
        });
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();

    private MediaQueryList This(JsValue thisValue) => WebIdlConversions.This<MediaQueryList>(Engine, thisValue);
}
