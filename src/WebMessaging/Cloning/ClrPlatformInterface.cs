using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// A platform object interface exposed in a <see cref="ClrRealm"/>: how to make a new
/// instance, and its deserialization or transfer-receiving steps.
/// </summary>
public sealed class ClrPlatformInterface
{
    /// <summary>Exposes the interface named <paramref name="name"/>; <paramref name="createInstance"/> makes "a new instance of the interface".</summary>
    public ClrPlatformInterface(string name, Func<object> createInstance)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(createInstance);
        Name = name;
        CreateInstance = createInstance;
    }

    /// <summary>The interface's identifier, e.g. "MessagePort".</summary>
    public string Name { get; }

    /// <summary>Makes a new, not yet initialized instance.</summary>
    public Func<object> CreateInstance { get; }

    /// <summary>The deserialization steps (given the new instance, the record and a sub-deserializer); null when the interface is not serializable.</summary>
    public Action<object, PlatformObjectRecord, ISubDeserializer<object?>>? DeserializationSteps { get; init; }

    /// <summary>The transfer-receiving steps (given the data holder and the new instance); null when the interface is not transferable.</summary>
    public Action<TransferDataHolder, object>? TransferReceivingSteps { get; init; }
}
