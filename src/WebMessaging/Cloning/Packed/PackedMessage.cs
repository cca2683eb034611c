namespace WebMessaging.Cloning.Packed;

/// <summary>
/// A serialized message in its packed form: the tags, counts and numbers of
/// <see cref="PackedTag"/> in a run of bytes, and its strings, by reference, in a run of a
/// string array. Both runs live in slabs shared with other messages of the same sending
/// thread and are never written again once the message is made, so a packed message is
/// immutable and costs the garbage collector almost nothing while it waits in a queue.
/// </summary>
/// <remarks>
/// Made by <see cref="PackedSerializer{TValue, TReader}"/> for the messages a record would
/// describe with only primitives, plain objects and dense arrays; read back by
/// <see cref="PackedDeserializer{TValue, TWriter}"/> or turned into the record by <see cref="ToRecord"/>.
/// </remarks>
internal readonly struct PackedMessage
{
    public PackedMessage(byte[] bytes, int byteStart, int byteLength, string[] strings, int stringStart, int stringCount)
    {
        Bytes = bytes;
        ByteStart = byteStart;
        ByteLength = byteLength;
        Strings = strings;
        StringStart = stringStart;
        StringCount = stringCount;
    }

    /// <summary>The slab holding the message's bytes, or null for no message.</summary>
    public byte[]? Bytes { get; }

    /// <summary>Where the message's bytes start in <see cref="Bytes"/>.</summary>
    public int ByteStart { get; }

    /// <summary>How many bytes the message has.</summary>
    public int ByteLength { get; }

    /// <summary>The slab holding the message's strings.</summary>
    public string[] Strings { get; }

    /// <summary>Where the message's strings start in <see cref="Strings"/>.</summary>
    public int StringStart { get; }

    /// <summary>How many strings the message has.</summary>
    public int StringCount { get; }

    /// <summary>Whether this is a message at all (the default value is not).</summary>
    public bool HasValue => Bytes is not null;

    /// <summary>The message's bytes.</summary>
    public ReadOnlySpan<byte> Span => new(Bytes, ByteStart, ByteLength);

    /// <summary>The message's strings, in the order the tags use them.</summary>
    public ReadOnlySpan<string> StringSpan => new(Strings, StringStart, StringCount);

    /// <summary>The serialized record the message stands for (for the trace's preview and for realms that cannot read the packed form).</summary>
    public Records.SerializedValue ToRecord() => PackedRecordReader.Read(this);
}
