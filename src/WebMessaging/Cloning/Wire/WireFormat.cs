using System.Buffers;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// Encodes a serialized record graph to bytes and back, so that a message can cross a
/// process boundary. The layout is described in docs/wire-format.md.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the HTML standard leaves the storage form of a serialization to the
/// user agent; this byte layout is our own. Identity is kept: a record referenced twice, or
/// from inside itself, decodes to one record referenced twice.
/// </remarks>
public static class WireFormat
{
    /// <summary>The version this encoder writes and the only one this decoder reads.</summary>
    public const int Version = 2;

    /// <summary>How deeply records may nest inside one another, in encoding as in decoding.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The four bytes that start every encoding: "WMSC" in ASCII.</summary>
    internal static ReadOnlySpan<byte> Magic => "WMSC"u8;

    /// <summary>Encodes a serialized value and its transfer data holders into a new array.</summary>
    /// <exception cref="DataCloneException">The graph holds something that cannot leave this process (a transferred MessagePort) or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static byte[] Encode(SerializedWithTransfer value)
    {
        ArgumentNullException.ThrowIfNull(value);
        using var buffer = new PooledBufferWriter();
        Encode(value, buffer);
        return buffer.ToArray();
    }

    /// <summary>Encodes a serialized value and its transfer data holders into <paramref name="writer"/>; on failure the writer may hold part of the encoding.</summary>
    /// <exception cref="DataCloneException">The graph holds something that cannot leave this process (a transferred MessagePort) or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static void Encode(SerializedWithTransfer value, IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value.TransferDataHolders, nameof(value));
        var encoder = new WireEncoder(writer);
        try
        {
            encoder.WriteMessage(value);
        }
        finally
        {
            encoder.Dispose();
        }
    }

    /// <summary>Encodes a serialized value that transfers nothing into a new array.</summary>
    /// <exception cref="DataCloneException">The graph holds something that cannot leave this process or nests deeper than <see cref="MaxDepth"/>.</exception>
    public static byte[] Encode(SerializedValue value) => Encode(new SerializedWithTransfer(value, []));

    /// <summary>Decodes bytes made by <see cref="Encode(SerializedWithTransfer)"/> back into a serialized value and its transfer data holders.</summary>
    /// <exception cref="WireFormatException">The bytes are truncated, corrupt, of another version, or nested deeper than <see cref="MaxDepth"/>.</exception>
    public static SerializedWithTransfer Decode(ReadOnlySpan<byte> bytes)
    {
        var decoder = new WireDecoder(bytes);
        try
        {
            return decoder.ReadMessage();
        }
        finally
        {
            decoder.Dispose();
        }
    }

    /// <summary>Decodes bytes made by <see cref="Encode(SerializedValue)"/> back into a serialized value.</summary>
    /// <exception cref="WireFormatException">The bytes are truncated, corrupt, of another version, or nested deeper than <see cref="MaxDepth"/>.</exception>
    public static SerializedValue DecodeValue(ReadOnlySpan<byte> bytes) => Decode(bytes).Serialized;
}
