using System.Buffers;

namespace WebMessaging.Tests.Wire;

/// <summary>
/// A buffer writer that hands out spans of exactly the size asked for, each in a fresh chunk,
/// so an encoder that writes past what it asked for, or forgets to advance, is caught.
/// </summary>
internal sealed class ExactChunkBufferWriter : IBufferWriter<byte>
{
    private readonly List<byte> _written = [];
    private byte[] _chunk = [];

    /// <summary>How many chunks were handed out.</summary>
    public int ChunkCount { get; private set; }

    /// <summary>Everything advanced over so far.</summary>
    public byte[] WrittenBytes => [.. _written];

    public void Advance(int count)
    {
        if (count > _chunk.Length)
        {
            throw new InvalidOperationException($"Advanced {count} bytes in a chunk of {_chunk.Length}.");
        }

        _written.AddRange(_chunk.AsSpan(0, count));
        _chunk = [];
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        ChunkCount++;
        _chunk = new byte[Math.Max(sizeHint, 1)];
        return _chunk;
    }

    public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
}
