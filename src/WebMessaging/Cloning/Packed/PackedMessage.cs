namespace WebMessaging.Cloning.Packed;

/// <summary>
/// A serialized message in its packed form: the tags, counts, numbers and string units of
/// <see cref="PackedTag"/> in a run of bytes. The run lives in a slab shared with other
/// messages of the same sending thread and is never written again once the message is made,
/// so a packed message is immutable and costs the garbage collector nothing while it waits in a queue.
/// </summary>
/// <remarks>
/// Made by <see cref="PackedSerializer{TValue, TReader}"/> for the messages a record would
/// describe with only primitives, plain objects and dense arrays; read back by
/// <see cref="PackedDeserializer{TValue, TWriter}"/> or turned into the record by <see cref="ToRecord"/>.
/// </remarks>
internal readonly struct PackedMessage
{
    public PackedMessage(PackedSlab slab, int byteStart, int byteLength)
    {
        Slab = slab;
        ByteStart = byteStart;
        ByteLength = byteLength;
    }

    /// <summary>The slab holding the message's bytes, or null for no message.</summary>
    public PackedSlab? Slab { get; }

    /// <summary>The bytes of the slab holding the message.</summary>
    public byte[]? Bytes => Slab?.Bytes;

    /// <summary>Where the message's bytes start in <see cref="Bytes"/>.</summary>
    public int ByteStart { get; }

    /// <summary>How many bytes the message has.</summary>
    public int ByteLength { get; }

    /// <summary>Whether this is a message at all (the default value is not).</summary>
    public bool HasValue => Slab is not null;

    /// <summary>
    /// Says the message is delivered or dropped: its bytes will not be read again, and its
    /// slab may be written again once all its messages are released. Call it once, at most.
    /// </summary>
    public void Release() => Slab?.Release();

    /// <summary>
    /// StructuredDeserialize of the message in <paramref name="targetRealm"/> (straight from
    /// the bytes when the realm reads the packed form, else through the record), then
    /// <see cref="Release"/>, whether it succeeded or threw (a realm reading the packed form
    /// may tell the slab later, with the next messages of the same slab, when
    /// <paramref name="moreFollow"/>: see <see cref="IPackingRealm.UnpackAndRelease"/>).
    /// </summary>
    public object? DeserializeAndRelease(IRealm targetRealm, bool moreFollow = false)
    {
        if (IPackingRealm.Of(targetRealm) is { } packing)
        {
            return packing.UnpackAndRelease(this, moreFollow);
        }

        try
        {
            return targetRealm.Deserialize(ToRecord());
        }
        finally
        {
            // Its bytes are read: the slab may be written again once its other messages are.
            Release();
        }
    }

    /// <summary>The serialized record the message stands for (for the trace's preview and for realms that cannot read the packed form).</summary>
    public Records.SerializedValue ToRecord() => PackedRecordReader.Read(this);
}
