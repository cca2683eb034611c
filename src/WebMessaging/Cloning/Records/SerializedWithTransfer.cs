namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Return { [[Serialized]]: serialized, [[TransferDataHolders]]: transferDataHolders }."
/// The result of StructuredSerializeWithTransfer, and the input of
/// StructuredDeserializeWithTransfer.
/// </summary>
public sealed class SerializedWithTransfer(SerializedValue serialized, IReadOnlyList<TransferDataHolder> transferDataHolders)
{
    /// <summary>[[Serialized]].</summary>
    public SerializedValue Serialized { get; } = serialized;

    /// <summary>[[TransferDataHolders]], in the order of the transfer list.</summary>
    public IReadOnlyList<TransferDataHolder> TransferDataHolders { get; } = transferDataHolders;
}
