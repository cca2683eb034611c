using WebMessaging.Cloning.Records;

namespace WebMessaging.Values;

/// <summary>
/// A JavaScript typed array (Uint8Array, Float64Array, ...) or DataView on the CLR side: a
/// window of a given kind onto an <see cref="ArrayBuffer"/>. Views of one buffer share its bytes.
/// </summary>
public sealed class ArrayBufferView
{
    /// <summary>
    /// Creates a view of <paramref name="buffer"/> from <paramref name="byteOffset"/>;
    /// <paramref name="length"/> counts elements (bytes for a DataView), and null makes the
    /// view track the buffer's length (up to its end).
    /// </summary>
    public ArrayBufferView(ArrayBufferViewKind kind, ArrayBuffer buffer, int byteOffset = 0, int? length = null)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        ArgumentOutOfRangeException.ThrowIfNegative(byteOffset);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown ArrayBuffer view kind.");
        }

        int elementSize = ElementSizeOf(kind);
        if (byteOffset % elementSize != 0)
        {
            throw new ArgumentException($"The byte offset {byteOffset} of a {kind} must be a multiple of {elementSize}.", nameof(byteOffset));
        }

        if (length is { } fixedLength)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(fixedLength, nameof(length));
        }

        Kind = kind;
        Buffer = buffer;
        ByteOffset = byteOffset;
        FixedLength = length;
        if (IsOutOfBounds && !buffer.IsDetached)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"A {kind} at byte offset {byteOffset} with length {length?.ToString() ?? "auto"} does not fit a buffer of {buffer.ByteLength} bytes.");
        }
    }

    /// <summary>The view's constructor: which typed array, or DataView.</summary>
    public ArrayBufferViewKind Kind { get; }

    /// <summary>[[ViewedArrayBuffer]].</summary>
    public ArrayBuffer Buffer { get; }

    /// <summary>[[ByteOffset]].</summary>
    public int ByteOffset { get; }

    /// <summary>The length given at creation (elements; bytes for a DataView), or null for a length-tracking view.</summary>
    public int? FixedLength { get; }

    /// <summary>Whether the view follows the length of a resizable buffer.</summary>
    public bool IsLengthTracking => FixedLength is null;

    /// <summary>The size in bytes of one element: 1 for a DataView.</summary>
    public int ElementSize => ElementSizeOf(Kind);

    /// <summary>Whether the view reaches outside its buffer (the buffer shrank or was detached).</summary>
    public bool IsOutOfBounds
    {
        get
        {
            if (Buffer.IsDetached)
            {
                return true;
            }

            long end = FixedLength is { } length ? ByteOffset + ((long)length * ElementSize) : ByteOffset;
            return ByteOffset > Buffer.ByteLength || end > Buffer.ByteLength;
        }
    }

    /// <summary>The current length in elements (bytes for a DataView); 0 when out of bounds.</summary>
    public int Length => IsOutOfBounds ? 0 : FixedLength ?? ((Buffer.ByteLength - ByteOffset) / ElementSize);

    /// <summary>The current length in bytes; 0 when out of bounds.</summary>
    public int ByteLength => Length * ElementSize;

    /// <summary>The viewed bytes; empty when out of bounds.</summary>
    public Span<byte> AsBytes() => IsOutOfBounds ? [] : Buffer.AsSpan().Slice(ByteOffset, ByteLength);

    /// <summary>The size in bytes of one element of <paramref name="kind"/>.</summary>
    public static int ElementSizeOf(ArrayBufferViewKind kind) => kind switch
    {
        ArrayBufferViewKind.Int8Array or ArrayBufferViewKind.Uint8Array or ArrayBufferViewKind.Uint8ClampedArray or ArrayBufferViewKind.DataView => 1,
        ArrayBufferViewKind.Int16Array or ArrayBufferViewKind.Uint16Array or ArrayBufferViewKind.Float16Array => 2,
        ArrayBufferViewKind.Int32Array or ArrayBufferViewKind.Uint32Array or ArrayBufferViewKind.Float32Array => 4,
        ArrayBufferViewKind.Float64Array or ArrayBufferViewKind.BigInt64Array or ArrayBufferViewKind.BigUint64Array => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown ArrayBuffer view kind."),
    };

    /// <inheritdoc />
    public override string ToString() => $"{Kind}({(IsLengthTracking ? "auto" : Length.ToString(System.Globalization.CultureInfo.InvariantCulture))})";
}
