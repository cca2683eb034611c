namespace WebMessaging.Cloning.Packed;

/// <summary>
/// A realm that can serialize a message to the packed form and deserialize one from it
/// directly, without records: port messages use it when they carry no transfer list.
/// </summary>
internal interface IPackingRealm
{
    /// <summary>
    /// <paramref name="realm"/> as a packing realm, or null: the .NET realm is told by its
    /// class, a cheaper test than the interface cast every message would otherwise pay.
    /// </summary>
    static IPackingRealm? Of(IRealm realm) => realm is ClrRealm clrRealm ? clrRealm : realm as IPackingRealm;

    /// <summary>
    /// Packs <paramref name="value"/> as StructuredSerialize would serialize it, or returns
    /// false, having had no effect, when the value holds anything the packed form does not describe.
    /// </summary>
    bool TryPack(object? value, out PackedMessage packed);

    /// <summary>StructuredDeserialize of <paramref name="packed"/> in this realm.</summary>
    object? Unpack(in PackedMessage packed);

    /// <summary>
    /// <see cref="Unpack"/>, then releases <paramref name="packed"/> (whether it unpacks or
    /// throws). When <paramref name="moreFollow"/> (a burst of messages is being delivered),
    /// its slab may be told later, with the next messages of the same slab released on this
    /// thread: a burst costs one atomic step per slab rather than per message. Otherwise every
    /// message released on this thread so far is told to its slab now.
    /// </summary>
    object? UnpackAndRelease(in PackedMessage packed, bool moreFollow);
}
