using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The MessageChannel interface object (https://html.spec.whatwg.org/multipage/web-messaging.html#message-channels).</summary>
internal sealed class MessageChannelConstructor : InterfaceConstructor
{
    private readonly GlobalScope _owner;

    private MessageChannelConstructor(BindingRealm realm, GlobalScope owner)
        : base(realm, "MessageChannel", 0, parent: null, new JsObject(realm.Engine))
    {
        _owner = owner;
        MessageChannelPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs MessageChannel in <paramref name="realm"/>, whose channels belong to <paramref name="owner"/>, and exposes it on <paramref name="globalObject"/>.</summary>
    public static MessageChannelConstructor Install(BindingRealm realm, GlobalScope owner, ObjectInstance globalObject)
    {
        var constructor = new MessageChannelConstructor(realm, owner);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(MessageChannel), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://html.spec.whatwg.org/multipage/web-messaging.html#dom-messagechannel
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // "1. Set this's port 1 to a new MessagePort in this's relevant realm. 2. Set this's port
        //  2 to a new MessagePort in this's relevant realm. 3. Entangle this's port 1 and this's port 2."
        return new PlatformObject(Realm, new MessageChannel(_owner), prototype);
    }
}
