using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The MessagePort interface object (https://html.spec.whatwg.org/multipage/web-messaging.html#message-ports): no constructor.</summary>
internal sealed class MessagePortConstructor : InterfaceConstructor
{
    private MessagePortConstructor(BindingRealm realm)
        : base(realm, "MessagePort", 0, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine))
    {
        MessagePortPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs MessagePort (after EventTarget) in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core ports wrap as MessagePorts.</summary>
    public static MessagePortConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new MessagePortConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(MessagePort), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // [Exposed=(Window,Worker,AudioWorklet), Transferable] interface MessagePort has no constructor:
    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();
}
