using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using File = WebMessaging.Values.File;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The File interface object (https://w3c.github.io/FileAPI/#file-section).</summary>
internal sealed class FileConstructor : InterfaceConstructor
{
    private FileConstructor(BindingRealm realm)
        : base(realm, "File", 2, realm.RequireInterface("Blob"), new JsObject(realm.Engine))
    {
        // readonly attribute DOMString name;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "name", thisValue => new JsString(This(realm, thisValue).Name));

        // readonly attribute long long lastModified;
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "lastModified", thisValue => JsNumber.Create(This(realm, thisValue).LastModified));
    }

    /// <summary>Installs File (after Blob) in the global's realm, exposes it and makes core files wrap as Files.</summary>
    public static FileConstructor Install(IScriptGlobal global)
    {
        BindingRealm realm = global.Bindings;
        var constructor = new FileConstructor(realm);
        constructor.ExposeOn(global.GlobalObject);
        realm.RegisterWrapperFactory(typeof(File), impl => new PlatformObject(realm, impl, constructor.PrototypeObject));
        return constructor;
    }

    // https://w3c.github.io/FileAPI/#file-constructor
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype)
    {
        // constructor(sequence<BlobPart> fileBits, USVString fileName, optional FilePropertyBag options = {});
        WebIdlConversions.RequireArguments(Engine, arguments, 2, ConstructContext);
        JsValue fileBits = arguments[0];
        string fileName = WebIdlConversions.ToUsvString(Engine, arguments[1], ConstructContext + ": parameter 2");
        ObjectInstance? options = WebIdlConversions.ToDictionary(Engine, WebIdlConversions.Argument(arguments, 2), ConstructContext + ": parameter 3");

        // FilePropertyBag : BlobPropertyBag { long long lastModified; } (the inherited members first)
        (string type, bool nativeEndings) = BlobParts.ToBlobPropertyBag(Engine, options, "FilePropertyBag");
        JsValue lastModifiedValue = WebIdlConversions.GetDictionaryMember(options, "lastModified");

        // "1. Let bytes be the result of processing blob parts given fileBits and options."
        byte[] bytes = BlobParts.Process(Engine, fileBits, nativeEndings, ConstructContext + ": parameter 1");

        // "2. Let n be the fileName argument to the constructor."
        // "3. Process FilePropertyBag dictionary argument by running the following substeps:
        //  1. If the type member is provided and is not the empty string, let t be set to the
        //  type dictionary member ... 2. If the lastModified member is provided, let d be set to
        //  the lastModified dictionary member. If it is not provided, set d to the current date
        //  and time represented as the number of milliseconds since the Unix Epoch."
        double lastModified = lastModifiedValue.IsUndefined()
            ? DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()
            : WebIdlConversions.ToLongLong(Engine, lastModifiedValue, "Failed to read the 'lastModified' property from 'FilePropertyBag'");

        // "4. Return a new File object F such that: F refers to the bytes byte sequence. F.size
        //  is set to the number of total bytes in bytes. F.name is set to n. F.type is set to t.
        //  F.lastModified is set to d."
        return new PlatformObject(Realm, new File(bytes, fileName, type, (long)lastModified), prototype);
    }

    private static File This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<File>(realm.Engine, thisValue);
}
