using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Workers;

/// <summary>A realm that serializes as <paramref name="inner"/> does but cannot deserialize anything.</summary>
internal sealed class FailingRealm(IRealm inner) : IRealm
{
    public SerializedValue Serialize(object? value) => inner.Serialize(value);

    public SerializedWithTransfer SerializeWithTransfer(object? value, IReadOnlyList<object?> transferList) => inner.SerializeWithTransfer(value, transferList);

    public object? Deserialize(SerializedValue serialized) => throw new DataCloneException("This realm cannot deserialize.");

    public DeserializedWithTransfer<object?> DeserializeWithTransfer(SerializedWithTransfer serializeWithTransferResult) => throw new DataCloneException("This realm cannot deserialize.");

    public ITransferable? GetTransferable(object? value) => inner.GetTransferable(value);
}
