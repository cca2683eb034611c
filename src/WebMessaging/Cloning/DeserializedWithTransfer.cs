namespace WebMessaging.Cloning;

/// <summary>
/// "Return { [[Deserialized]]: deserialized, [[TransferredValues]]: transferredValues }."
/// The result of StructuredDeserializeWithTransfer.
/// </summary>
public sealed class DeserializedWithTransfer<TValue>(TValue deserialized, IReadOnlyList<TValue> transferredValues)
{
    /// <summary>[[Deserialized]]: the message value in the target realm.</summary>
    public TValue Deserialized { get; } = deserialized;

    /// <summary>[[TransferredValues]]: the transferred objects in the target realm, in the order of the transfer list.</summary>
    public IReadOnlyList<TValue> TransferredValues { get; } = transferredValues;
}
