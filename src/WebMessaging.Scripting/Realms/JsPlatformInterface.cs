using Jint.Native;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// A platform object interface exposed in a <see cref="JsRealm"/>: how to make a new instance
/// (its wrapper), and its deserialization or transfer-receiving steps.
/// </summary>
public sealed class JsPlatformInterface
{
    /// <summary>Exposes the interface named <paramref name="name"/>; <paramref name="createInstance"/> makes "a new instance of the interface, created in targetRealm" (its wrapper).</summary>
    public JsPlatformInterface(string name, Func<JsValue> createInstance)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(createInstance);
        Name = name;
        CreateInstance = createInstance;
    }

    /// <summary>The interface's identifier, e.g. "MessagePort".</summary>
    public string Name { get; }

    /// <summary>Makes a new, not yet initialized instance (a wrapper in the realm).</summary>
    public Func<JsValue> CreateInstance { get; }

    /// <summary>The deserialization steps (given the new instance, the record and a sub-deserializer); null when the interface is not serializable.</summary>
    public Action<JsValue, PlatformObjectRecord, ISubDeserializer<JsValue>>? DeserializationSteps { get; init; }

    /// <summary>The transfer-receiving steps (given the data holder and the new instance); null when the interface is not transferable.</summary>
    public Action<TransferDataHolder, JsValue>? TransferReceivingSteps { get; init; }
}
