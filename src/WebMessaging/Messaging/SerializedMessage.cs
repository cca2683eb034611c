using System.Runtime.CompilerServices;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Packed;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Messaging;

/// <summary>
/// A posted message as it waits for delivery (port and window messages alike): the
/// serializeWithTransferResult of StructuredSerializeWithTransfer, or, for a message without a
/// transfer list made only of primitives, plain objects and dense arrays, the same
/// serialization in the packed form (Cloning/Packed), which waits as a few bytes rather than as
/// records the garbage collector has to trace.
/// </summary>
internal readonly struct SerializedMessage
{
    // The serializeWithTransferResult, or the slab holding the packed form (16 bytes in all:
    // a queue of waiting messages stays small, and copying one is cheap).
    private readonly object? _payload;
    private readonly int _byteStart;
    private readonly int _byteLength;

    private SerializedMessage(SerializedWithTransfer data)
    {
        _payload = data;
    }

    private SerializedMessage(in PackedMessage packed)
    {
        _payload = packed.Slab;
        _byteStart = packed.ByteStart;
        _byteLength = packed.ByteLength;
    }

    /// <summary>The serializeWithTransferResult, or null when the message is <see cref="Packed"/>.</summary>
    public SerializedWithTransfer? Data => _payload as SerializedWithTransfer;

    /// <summary>The packed form, when <see cref="Data"/> is null.</summary>
    public PackedMessage Packed => _payload is PackedSlab slab ? new PackedMessage(slab, _byteStart, _byteLength) : default;

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializewithtransfer
    /// "? StructuredSerializeWithTransfer(message, transfer)" in <paramref name="realm"/>.
    /// </summary>
    /// <remarks>
    /// IMPLEMENTATION DEFINED: a message the packed form describes is packed instead of made
    /// into records: the same serialization (PackedSerializer gives up, with no effect, on
    /// anything else).
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static SerializedMessage SerializeWithTransfer(IRealm realm, object? message, IReadOnlyList<object?> transfer)
    {
        if (transfer.Count == 0 && IPackingRealm.Of(realm) is { } packing && packing.TryPack(message, out PackedMessage packed))
        {
            return new SerializedMessage(packed);
        }

        return new SerializedMessage(realm.SerializeWithTransfer(message, transfer));
    }

    /// <summary>The serialized record of the message, for the trace's preview.</summary>
    public SerializedValue Preview() => Data?.Serialized ?? Packed.ToRecord();

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserializewithtransfer
    /// StructuredDeserializeWithTransfer(serializeWithTransferResult, targetRealm): returns
    /// deserializeRecord.[[Deserialized]], and in <paramref name="newPorts"/> "a new frozen
    /// array consisting of all MessagePort objects in deserializeRecord.[[TransferredValues]],
    /// if any, maintaining their relative order". A packed message transferred nothing, and is
    /// released whether it deserializes or throws.
    /// </summary>
    /// <param name="targetRealm">The realm to deserialize into.</param>
    /// <param name="newPorts">The MessagePorts among the transferred values.</param>
    /// <param name="moreFollow">Whether more messages wait to be delivered right after this one (see <see cref="PackedMessage.DeserializeAndRelease"/>).</param>
    public object? DeserializeWithTransfer(IRealm targetRealm, out IReadOnlyList<MessagePort> newPorts, bool moreFollow = false)
    {
        if (Data is { } serializeWithTransferResult)
        {
            var deserializeRecord = targetRealm.DeserializeWithTransfer(serializeWithTransferResult);
            newPorts = MessagePort.CollectPorts(targetRealm, deserializeRecord.TransferredValues);
            return deserializeRecord.Deserialized;
        }

        newPorts = MessageEvent.EmptyPorts;
        return Packed.DeserializeAndRelease(targetRealm, moreFollow);
    }

    /// <summary>
    /// The message will never be delivered (nor deserialized): the ports it carried are lost
    /// (see <see cref="MessagePort.DiscardTransferredPorts"/>) and its packed bytes released.
    /// </summary>
    public void Discard()
    {
        MessagePort.DiscardTransferredPorts(Data);
        Packed.Release();
    }
}
