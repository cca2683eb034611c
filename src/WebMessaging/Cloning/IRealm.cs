using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// A realm as the messaging layer sees it: values of the realm (boxed as <see cref="object"/>:
/// CLR values for the .NET realm, engine values for a script realm) are serialized from it and
/// deserialized into it. Each global (window or worker) has one.
/// </summary>
public interface IRealm
{
    /// <summary>StructuredSerialize(value): throws <see cref="DataCloneException"/> when the value cannot be cloned.</summary>
    SerializedValue Serialize(object? value);

    /// <summary>StructuredSerializeWithTransfer(value, transferList).</summary>
    SerializedWithTransfer SerializeWithTransfer(object? value, IReadOnlyList<object?> transferList);

    /// <summary>StructuredDeserialize(serialized, this realm).</summary>
    object? Deserialize(SerializedValue serialized);

    /// <summary>StructuredDeserializeWithTransfer(serializeWithTransferResult, this realm).</summary>
    DeserializedWithTransfer<object?> DeserializeWithTransfer(SerializedWithTransfer serializeWithTransferResult);

    /// <summary>The transferable platform object (e.g. a MessagePort) a value of this realm stands for, or null.</summary>
    ITransferable? GetTransferable(object? value);
}
