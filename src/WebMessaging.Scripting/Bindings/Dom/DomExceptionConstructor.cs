using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>The DOMException interface object (https://webidl.spec.whatwg.org/#idl-DOMException).</summary>
internal sealed class DomExceptionConstructor : InterfaceConstructor
{
    private DomExceptionConstructor(BindingRealm realm)
        : base(realm, "DOMException", 0, parent: null, new JsObject(realm.Engine), ErrorPrototype(realm))
    {
        DomExceptionPrototype.DefineMembers(realm, PrototypeObject);
        foreach ((string constant, int code) in DomExceptionCodes.Constants)
        {
            InterfaceMembers.DefineConstant(this, PrototypeObject, constant, code);
        }
    }

    /// <summary>Installs DOMException in <paramref name="realm"/>, exposes it on <paramref name="globalObject"/> and makes core <see cref="DomException"/>s wrap as DOMExceptions.</summary>
    public static DomExceptionConstructor Install(BindingRealm realm, ObjectInstance globalObject)
    {
        var constructor = new DomExceptionConstructor(realm);
        constructor.ExposeOn(globalObject);
        realm.RegisterWrapperFactory(typeof(DomException), impl =>
        {
            var exception = (DomException)impl;
            return new DomExceptionObject(realm, exception, constructor.PrototypeObject, exception.Name, exception.Message);
        });
        return constructor;
    }

    // https://webidl.spec.whatwg.org/#dom-domexception-domexception
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(optional DOMString message = "", optional DOMString name = "Error")
        JsValue messageArgument = WebIdlConversions.Argument(arguments, 0);
        JsValue nameArgument = WebIdlConversions.Argument(arguments, 1);
        string message = messageArgument.IsUndefined() ? string.Empty : WebIdlConversions.ToDomString(Engine, messageArgument, ConstructContext + ": parameter 1");
        string name = nameArgument.IsUndefined() ? "Error" : WebIdlConversions.ToDomString(Engine, nameArgument, ConstructContext + ": parameter 2");

        // 1. "Set this.name to name."
        // 2. "Set this.message to message."
        // IMPLEMENTATION DEFINED: the core DomException needs a non-empty name, so a DOMException
        // constructed with an empty name keeps "" in its name slot (what script sees) and is
        // "Error" only as a core exception.
        var impl = new DomException(name.Length == 0 ? "Error" : name, message);
        return new DomExceptionObject(Realm, impl, prototype, name, message);
    }

    // https://webidl.spec.whatwg.org/#es-DOMException-specialness
    // "The [[Prototype]] internal slot of DOMException.prototype must be set to %Error.prototype%."
    private static ObjectInstance ErrorPrototype(BindingRealm realm) => (ObjectInstance)realm.Engine.Intrinsics.Error.Get("prototype");
}
