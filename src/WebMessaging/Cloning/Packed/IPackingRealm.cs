namespace WebMessaging.Cloning.Packed;

/// <summary>
/// A realm that can serialize a message to the packed form and deserialize one from it
/// directly, without records: port messages use it when they carry no transfer list.
/// </summary>
internal interface IPackingRealm
{
    /// <summary>
    /// Packs <paramref name="value"/> as StructuredSerialize would serialize it, or returns
    /// false, having had no effect, when the value holds anything the packed form does not describe.
    /// </summary>
    bool TryPack(object? value, out PackedMessage packed);

    /// <summary>StructuredDeserialize of <paramref name="packed"/> in this realm.</summary>
    object? Unpack(in PackedMessage packed);

    /// <summary>
    /// <see cref="Unpack"/>, then releases <paramref name="packed"/> (whether it unpacks or
    /// throws). Its slab may be told later, with other messages of the same slab released on
    /// this thread: what a burst of messages costs in atomic steps is one per slab.
    /// </summary>
    object? UnpackAndRelease(in PackedMessage packed);
}
