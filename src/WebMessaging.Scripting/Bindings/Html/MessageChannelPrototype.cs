using Jint;
using Jint.Native.Object;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of MessageChannel.prototype: readonly attribute MessagePort port1, port2.</summary>
internal static class MessageChannelPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        // "The port1 getter steps are to return this's port 1."
        InterfaceMembers.DefineAttribute(realm, prototype, "port1", thisValue => realm.Wrap(WebIdlConversions.This<MessageChannel>(realm.Engine, thisValue).Port1));

        // "The port2 getter steps are to return this's port 2."
        InterfaceMembers.DefineAttribute(realm, prototype, "port2", thisValue => realm.Wrap(WebIdlConversions.This<MessageChannel>(realm.Engine, thisValue).Port2));
    }
}
