using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using Blob = WebMessaging.Values.Blob;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The Blob interface object (https://w3c.github.io/FileAPI/#blob-section).</summary>
internal sealed class BlobConstructor : InterfaceConstructor
{
    private BlobConstructor(BindingRealm realm, IScriptGlobal global)
        : base(realm, "Blob", 0, parent: null, new JsObject(realm.Engine))
    {
        BlobPrototype.DefineMembers(global, PrototypeObject);
    }

    /// <summary>Installs Blob in the global's realm, exposes it and makes core blobs wrap as Blobs.</summary>
    public static BlobConstructor Install(IScriptGlobal global)
    {
        BindingRealm realm = global.Bindings;
        var constructor = new BlobConstructor(realm, global);
        constructor.ExposeOn(global.GlobalObject);
        realm.RegisterWrapperFactory(typeof(Blob), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://w3c.github.io/FileAPI/#constructorBlob
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(optional sequence<BlobPart> blobParts, optional BlobPropertyBag options = {});
        JsValue blobParts = WebIdlConversions.Argument(arguments, 0);
        ObjectInstance? options = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 1), ConstructContext + ": parameter 2");
        byte[] bytes = [];
        (string type, bool nativeEndings) = BlobParts.ToBlobPropertyBag(Engine, options, "BlobPropertyBag");

        // "1. If invoked with zero parameters, return a new Blob object consisting of 0 bytes,
        //  with size set to 0, and with type set to the empty string."
        // "2. Let bytes be the result of processing blob parts given blobParts and options."
        if (!blobParts.IsUndefined())
        {
            bytes = BlobParts.Process(Engine, blobParts, nativeEndings, ConstructContext + ": parameter 1");
        }

        // "3. If the type member of the options argument is not the empty string, run the
        //  following sub-steps: ... Convert every character in t to ASCII lowercase."
        // "4. Return a Blob object referring to bytes as its associated byte sequence, with its
        //  size set to the length of bytes, and its type set to the value of t."
        return new PlatformObject(Realm, new Blob(bytes, type), prototype);
    }
}
