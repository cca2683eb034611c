namespace WebMessaging.Values;

/// <summary>
/// A JavaScript ArrayBuffer on the CLR side: a byte block that can be fixed-length or
/// resizable, and can be detached by a transfer (which moves its very array to the receiver,
/// without a copy).
/// </summary>
public sealed class ArrayBuffer
{
    private byte[] _data;
    private int _byteLength;

    /// <summary>Creates a zero-filled buffer; with <paramref name="maxByteLength"/> it is resizable up to that size.</summary>
    public ArrayBuffer(int byteLength, int? maxByteLength = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(byteLength);
        if (maxByteLength is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, byteLength, nameof(maxByteLength));
        }

        _data = byteLength == 0 ? [] : new byte[byteLength];
        _byteLength = byteLength;
        MaxByteLength = maxByteLength;
    }

    /// <summary>
    /// Wraps <paramref name="data"/> without copying it: the buffer's bytes are the first
    /// <paramref name="byteLength"/> bytes of the array (all of it when omitted).
    /// </summary>
    public ArrayBuffer(byte[] data, int? byteLength = null, int? maxByteLength = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        int length = byteLength ?? data.Length;
        ArgumentOutOfRangeException.ThrowIfNegative(length, nameof(byteLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, data.Length, nameof(byteLength));
        if (maxByteLength is { } max)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(max, length, nameof(maxByteLength));
        }

        _data = data;
        _byteLength = length;
        MaxByteLength = maxByteLength;
    }

    /// <summary>[[ArrayBufferByteLength]]: 0 once detached.</summary>
    public int ByteLength => _byteLength;

    /// <summary>[[ArrayBufferMaxByteLength]] of a resizable buffer, otherwise null.</summary>
    public int? MaxByteLength { get; }

    /// <summary>Whether the buffer can be resized.</summary>
    public bool IsResizable => MaxByteLength is not null;

    /// <summary>Whether the buffer was detached (its bytes were transferred away).</summary>
    public bool IsDetached { get; private set; }

    /// <summary>The array holding the bytes; only the first <see cref="ByteLength"/> are meaningful. Empty once detached.</summary>
    internal byte[] Data => _data;

    /// <summary>The buffer's bytes; throws when detached.</summary>
    public Span<byte> AsSpan()
    {
        ThrowIfDetached();
        return _data.AsSpan(0, _byteLength);
    }

    /// <summary>The buffer's bytes as memory; throws when detached.</summary>
    public Memory<byte> AsMemory()
    {
        ThrowIfDetached();
        return _data.AsMemory(0, _byteLength);
    }

    /// <summary>A copy of the buffer's bytes; throws when detached.</summary>
    public byte[] ToArray() => AsSpan().ToArray();

    /// <summary>Changes the length of a resizable buffer; new bytes are zero.</summary>
    public void Resize(int newByteLength)
    {
        ThrowIfDetached();
        if (MaxByteLength is not { } max)
        {
            throw new InvalidOperationException("The ArrayBuffer is not resizable.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(newByteLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(newByteLength, max);
        if (newByteLength > _data.Length)
        {
            var grown = new byte[Math.Min(max, Math.Max(newByteLength, _data.Length * 2))];
            _data.AsSpan(0, _byteLength).CopyTo(grown);
            _data = grown;
        }
        else if (newByteLength < _byteLength)
        {
            _data.AsSpan(newByteLength, _byteLength - newByteLength).Clear();
        }

        _byteLength = newByteLength;
    }

    /// <summary>Detaches the buffer (DetachArrayBuffer): its length becomes 0 and its bytes are no longer reachable from it.</summary>
    public void Detach()
    {
        _data = [];
        _byteLength = 0;
        IsDetached = true;
    }

    /// <inheritdoc />
    public override string ToString() => IsDetached ? "ArrayBuffer (detached)" : $"ArrayBuffer({_byteLength})";

    private void ThrowIfDetached()
    {
        if (IsDetached)
        {
            throw new InvalidOperationException("The ArrayBuffer is detached.");
        }
    }
}
