using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The bridge between a window's structured clone realm and its bindings: a wrapper (or the
/// global object) stands for its core object, and a core object becomes its wrapper.
/// </summary>
internal sealed class ScriptPlatformBridge : IPlatformObjectBridge
{
    private readonly BindingRealm _realm;

    public ScriptPlatformBridge(BindingRealm realm) => _realm = realm;

    /// <summary>
    /// Joins the structured clone realm of a window or worker to its bindings: wrappers map to
    /// core objects, ports transferred to it become new MessagePorts owned by
    /// <paramref name="owner"/>, and a deserialized DOMException is a new one of this realm.
    /// </summary>
    public static void Connect(JsRealm realm, BindingRealm bindings, GlobalScope owner)
    {
        realm.Bridge = new ScriptPlatformBridge(bindings);
        ClrPlatformInterface corePort = MessagePort.CreateClrInterface(owner);
        Action<TransferDataHolder, object> receivePort = corePort.TransferReceivingSteps!;
        realm.Expose(new JsPlatformInterface("MessagePort", () => bindings.Wrap(corePort.CreateInstance()))
        {
            TransferReceivingSteps = (dataHolder, value) => receivePort(dataHolder, BindingRealm.ToCoreValue(value)),
        });

        // DOMException is [Serializable]: a deserialized one is a new DOMException of this realm.
        ObjectInstance domExceptionPrototype = bindings.RequireInterface("DOMException").PrototypeObject;
        realm.Expose(new JsPlatformInterface("DOMException", () => DomExceptionObject.CreateForDeserialization(bindings, domExceptionPrototype))
        {
            DeserializationSteps = (value, serialized, _) => ((DomExceptionObject)value).DeserializationSteps(serialized),
        });
    }

    // A wrapper that is itself serializable (a DOMException, whose data is its slots) stands for itself.
    public object? GetPlatformObject(ObjectInstance wrapper) =>
        wrapper as ISerializablePlatformObject ?? (BindingRealm.TryUnwrap(wrapper, out object? impl) ? impl : null);

    public JsValue Wrap(object platformObject) => _realm.Wrap(platformObject);
}
