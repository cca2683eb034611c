using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The BroadcastChannel interface object (https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts).</summary>
internal sealed class BroadcastChannelConstructor : InterfaceConstructor
{
    private readonly GlobalScope _owner;

    private BroadcastChannelConstructor(BindingRealm realm, GlobalScope owner)
        : base(realm, "BroadcastChannel", 1, realm.RequireInterface("EventTarget"), new JsObject(realm.Engine))
    {
        _owner = owner;
        BroadcastChannelPrototype.DefineMembers(realm, PrototypeObject);
    }

    /// <summary>Installs BroadcastChannel (after EventTarget) in <paramref name="realm"/>, whose channels belong to <paramref name="owner"/>, and exposes it on <paramref name="globalObject"/>.</summary>
    public static BroadcastChannelConstructor Install(BindingRealm realm, GlobalScope owner, ObjectInstance globalObject)
    {
        var constructor = new BroadcastChannelConstructor(realm, owner);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(BroadcastChannel), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://html.spec.whatwg.org/multipage/web-messaging.html#dom-broadcastchannel
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(DOMString name);
        WebIdlConversions.RequireArguments(Engine, arguments, 1, ConstructContext);
        string name = WebIdlConversions.ToDomString(Engine, arguments[0], ConstructContext + ": parameter 1");

        // "The new BroadcastChannel(name) constructor steps are: 1. Set this's channel name to
        //  name. 2. Set this's closed flag to false." (the core registers the channel)
        return new PlatformObject(Realm, new BroadcastChannel(_owner, name), prototype);
    }
}
