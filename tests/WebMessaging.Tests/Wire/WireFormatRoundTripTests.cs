using System.Buffers;
using System.Numerics;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Tests.Wire;

public sealed class WireFormatRoundTripTests
{
    private static SerializedValue RoundTrip(SerializedValue value)
    {
        var decoded = WireFormat.DecodeValue(WireFormat.Encode(value));
        RecordGraphComparer.AssertIsomorphic(value, decoded);
        return decoded;
    }

    private static T RoundTripRecord<T>(T record)
        where T : SerializedRecord =>
        Assert.IsType<T>(RoundTrip(SerializedValue.FromRecord(record)).AsRecord());

    [Fact]
    public void RoundTrip_UndefinedNullAndBooleans_KeepTheirKind()
    {
        Assert.Equal(SerializedKind.Undefined, RoundTrip(SerializedValue.Undefined).Kind);
        Assert.Equal(SerializedKind.Null, RoundTrip(SerializedValue.Null).Kind);
        Assert.True(RoundTrip(SerializedValue.True).AsBoolean());
        Assert.False(RoundTrip(SerializedValue.False).AsBoolean());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(2147483648.0)]
    [InlineData(0.1)]
    [InlineData(-1e300)]
    [InlineData(double.Epsilon)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void RoundTrip_Number_KeepsItsBits(double number)
    {
        double decoded = RoundTrip(SerializedValue.FromNumber(number)).AsNumber();

        Assert.Equal(BitConverter.DoubleToInt64Bits(number), BitConverter.DoubleToInt64Bits(decoded));
    }

    [Fact]
    public void RoundTrip_NegativeZero_StaysNegative()
    {
        double decoded = RoundTrip(SerializedValue.FromNumber(-0.0)).AsNumber();

        Assert.True(double.IsNegative(decoded) && decoded == 0);
    }

    [Fact]
    public void RoundTrip_NaNWithPayload_KeepsThePayloadBits()
    {
        const long signallingNaNWithPayload = unchecked((long)0xFFF0_0000_DEAD_BEEF);
        double decoded = RoundTrip(SerializedValue.FromNumber(BitConverter.Int64BitsToDouble(signallingNaNWithPayload))).AsNumber();

        Assert.Equal(signallingNaNWithPayload, BitConverter.DoubleToInt64Bits(decoded));
    }

    [Fact]
    public void RoundTrip_SmallInteger_TakesFewerBytesThanADouble()
    {
        int integerSize = WireFormat.Encode(SerializedValue.FromNumber(42)).Length;
        int doubleSize = WireFormat.Encode(SerializedValue.FromNumber(42.5)).Length;

        Assert.True(integerSize < doubleSize, $"42 took {integerSize} bytes, 42.5 took {doubleSize}.");
    }

    [Fact]
    public void RoundTrip_BigInts_KeepSignAndMagnitude()
    {
        var huge = BigInteger.Pow(3, 70_000) + 12345;
        foreach (var value in new[] { BigInteger.Zero, BigInteger.One, BigInteger.MinusOne, new BigInteger(255), new BigInteger(-256), new BigInteger(ulong.MaxValue), huge, -huge })
        {
            Assert.Equal(value, RoundTrip(SerializedValue.FromBigInt(value)).AsBigInt());
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("héllo wörld ÿ")]
    [InlineData("snow ☃ and 😀")]
    [InlineData("\uD800")]
    [InlineData("lone low \uDC00 then high \uD83D")]
    [InlineData("\0nul inside\0")]
    public void RoundTrip_String_KeepsEveryCodeUnit(string text)
    {
        Assert.Equal(text, RoundTrip(SerializedValue.FromString(text)).AsString(), StringComparer.Ordinal);
    }

    [Fact]
    public void RoundTrip_LongStrings_KeepEveryCodeUnit()
    {
        string latin1 = new('\u00E9', 1_000_000);
        string wide = string.Concat(Enumerable.Repeat("ab\u0100\uD800", 250_000));

        Assert.Equal(latin1, RoundTrip(SerializedValue.FromString(latin1)).AsString(), StringComparer.Ordinal);
        Assert.Equal(wide, RoundTrip(SerializedValue.FromString(wide)).AsString(), StringComparer.Ordinal);
    }

    [Fact]
    public void Encode_Latin1String_TakesOneBytePerUnit_OtherStringsTwo()
    {
        int emptySize = WireFormat.Encode(SerializedValue.FromString("")).Length;
        int latin1Size = WireFormat.Encode(SerializedValue.FromString(new string('\u00FF', 100))).Length;
        int wideSize = WireFormat.Encode(SerializedValue.FromString(new string('\u0100', 100))).Length;

        Assert.Equal(100, latin1Size - emptySize);
        Assert.Equal(200, wideSize - emptySize);
    }

    [Fact]
    public void RoundTrip_Object_KeepsPropertiesInOrder()
    {
        var record = new ObjectRecord();
        record.Properties.Add(new("z", SerializedValue.FromNumber(1)));
        record.Properties.Add(new("a", SerializedValue.FromString("two")));
        record.Properties.Add(new("ключ", SerializedValue.Null));

        var decoded = RoundTripRecord(record);

        Assert.Equal(["z", "a", "ключ"], decoded.Properties.Select(p => p.Key));
    }

    [Fact]
    public void RoundTrip_SparseArray_KeepsLengthAndOnlyThePresentProperties()
    {
        var record = new ArrayRecord(uint.MaxValue);
        record.Properties.Add(new("3", SerializedValue.True));
        record.Properties.Add(new("4294967294", SerializedValue.FromNumber(7)));
        record.Properties.Add(new("extra", SerializedValue.FromString("x")));

        var decoded = RoundTripRecord(record);

        Assert.Equal(uint.MaxValue, decoded.Length);
        Assert.Equal(["3", "4294967294", "extra"], decoded.Properties.Select(p => p.Key));
    }

    [Fact]
    public void RoundTrip_ArrayWithElementsAndProperties_KeepsBothParts()
    {
        var record = new ArrayRecord(5);
        record.Elements.Add(SerializedValue.FromString("zero"));
        record.Elements.Add(SerializedValue.FromNumber(1));
        record.Properties.Add(new("4", SerializedValue.Null));
        record.Properties.Add(new("extra", SerializedValue.True));

        var decoded = RoundTripRecord(record);

        Assert.Equal(5u, decoded.Length);
        Assert.Equal([SerializedValue.FromString("zero"), SerializedValue.FromNumber(1)], decoded.Elements);
        Assert.Equal(["4", "extra"], decoded.Properties.Select(p => p.Key));
    }

    [Fact]
    public void Encode_ObjectsOfOneShape_SpellEachKeyOutOnce()
    {
        var list = new ArrayRecord(100);
        for (int i = 0; i < 100; i++)
        {
            var item = new ObjectRecord();
            item.Properties.Add(new("a-rather-long-key", SerializedValue.FromNumber(i)));
            item.Properties.Add(new(new string('k', 3), SerializedValue.Null));
            list.Elements.Add(SerializedValue.FromRecord(item));
        }

        var bytes = WireFormat.Encode(SerializedValue.FromRecord(list));
        var decoded = (ArrayRecord)WireFormat.DecodeValue(bytes).AsRecord();

        Assert.Equal(1, CountOccurrences(bytes, "a-rather-long-key"u8));
        Assert.Equal(100, decoded.Elements.Count);
        var last = (ObjectRecord)decoded.Elements[99].AsRecord();
        Assert.Equal(["a-rather-long-key", "kkk"], last.Properties.Select(p => p.Key));
        Assert.Equal(99, last.Properties[0].Value.AsNumber());
    }

    [Fact]
    public void RoundTrip_MapAndSet_KeepEntriesInOrder()
    {
        var map = new MapRecord();
        map.Entries.Add(new(SerializedValue.FromNumber(-0.0), SerializedValue.FromString("minus zero key")));
        map.Entries.Add(new(SerializedValue.FromString("k"), SerializedValue.Undefined));
        var set = new SetRecord();
        set.Members.Add(SerializedValue.FromBigInt(5));
        set.Members.Add(SerializedValue.FromRecord(map));

        var decoded = RoundTripRecord(set);

        Assert.Equal(2, ((MapRecord)decoded.Members[1].AsRecord()).Entries.Count);
    }

    [Fact]
    public void RoundTrip_DatesIncludingInvalid_KeepTheirTimeValue()
    {
        Assert.Equal(1_700_000_000_123.0, RoundTripRecord(new DateRecord(1_700_000_000_123.0)).TimeValue);
        Assert.True(double.IsNaN(RoundTripRecord(new DateRecord(double.NaN)).TimeValue));
    }

    [Fact]
    public void RoundTrip_RegExp_KeepsSourceAndFlags()
    {
        var decoded = RoundTripRecord(new RegExpRecord("^a+\\d\u2028$", "dgimsuy"));

        Assert.Equal("^a+\\d\u2028$", decoded.Source);
        Assert.Equal("dgimsuy", decoded.Flags);
    }

    [Fact]
    public void RoundTrip_PrimitiveWrappers_KeepTheWrappedPrimitive()
    {
        foreach (var primitive in new[] { SerializedValue.True, SerializedValue.FromNumber(-0.0), SerializedValue.FromBigInt(-99), SerializedValue.FromString("s\uDFFF") })
        {
            var decoded = RoundTripRecord(new PrimitiveWrapperRecord(primitive));

            Assert.Equal(primitive, decoded.Primitive);
        }
    }

    [Fact]
    public void RoundTrip_ArrayBuffers_KeepBytesAndMaximum()
    {
        var fixedBuffer = RoundTripRecord(new ArrayBufferRecord([1, 2, 3, 4, 99], 4, null));
        var resizable = RoundTripRecord(new ArrayBufferRecord([9, 8], 2, 1024));
        var empty = RoundTripRecord(new ArrayBufferRecord([], 0, null));

        Assert.Equal([1, 2, 3, 4], fixedBuffer.Data.AsSpan(0, fixedBuffer.ByteLength).ToArray());
        Assert.Null(fixedBuffer.MaxByteLength);
        Assert.Equal(1024, resizable.MaxByteLength);
        Assert.Equal(0, empty.ByteLength);
    }

    [Fact]
    public void RoundTrip_ViewsOverOneBuffer_ShareTheDecodedBuffer()
    {
        var buffer = new ArrayBufferRecord(new byte[64], 64, 128);
        var fixedView = new ArrayBufferViewRecord(ArrayBufferViewKind.Float64Array, buffer, 8, 4);
        var trackingView = new ArrayBufferViewRecord(ArrayBufferViewKind.Uint8Array, buffer, 16, null);
        var dataView = new ArrayBufferViewRecord(ArrayBufferViewKind.DataView, buffer, 0, 64);
        var set = new SetRecord();
        set.Members.Add(SerializedValue.FromRecord(fixedView));
        set.Members.Add(SerializedValue.FromRecord(trackingView));
        set.Members.Add(SerializedValue.FromRecord(dataView));

        var decoded = RoundTripRecord(set);
        var views = decoded.Members.Select(m => (ArrayBufferViewRecord)m.AsRecord()).ToArray();

        Assert.Same(views[0].Buffer, views[1].Buffer);
        Assert.Same(views[0].Buffer, views[2].Buffer);
        Assert.Equal(4, views[0].Length);
        Assert.Null(views[1].Length);
        Assert.Equal(ArrayBufferViewKind.DataView, views[2].Constructor);
    }

    [Fact]
    public void RoundTrip_Errors_KeepNullVersusPresentMessageStackAndCause()
    {
        var withoutMessage = RoundTripRecord(new ErrorRecord("TypeError", null));
        var emptyMessage = RoundTripRecord(new ErrorRecord("Error", ""));
        var full = RoundTripRecord(new ErrorRecord("RangeError", "too big") { Stack = "RangeError: too big\n    at f", HasCause = true, Cause = SerializedValue.Undefined });

        Assert.Null(withoutMessage.Message);
        Assert.False(withoutMessage.HasCause);
        Assert.Equal("", emptyMessage.Message);
        Assert.Equal("RangeError: too big\n    at f", full.Stack);
        Assert.True(full.HasCause);
        Assert.Equal(SerializedKind.Undefined, full.Cause.Kind);
    }

    [Fact]
    public void RoundTrip_BlobAndFile_KeepTypeBytesNameAndDate()
    {
        var blob = RoundTripRecord(new BlobRecord("text/plain", new byte[] { 104, 105 }));
        var file = RoundTripRecord(new FileRecord("image/png", new byte[] { 1 }, "pic.png", -5));

        Assert.Equal("text/plain", blob.ContentType);
        Assert.Equal([104, 105], blob.Bytes.ToArray());
        Assert.Equal("pic.png", file.Name);
        Assert.Equal(-5, file.LastModified);
    }

    [Fact]
    public void RoundTrip_PlatformObject_KeepsInterfaceAndFields()
    {
        var record = new PlatformObjectRecord("DOMException");
        record.Fields.Add(new("name", SerializedValue.FromString("DataCloneError")));
        record.Fields.Add(new("message", SerializedValue.FromString("nope")));

        var decoded = RoundTripRecord(record);

        Assert.Equal("DOMException", decoded.InterfaceName);
        Assert.Equal("nope", decoded.Fields[1].Value.AsString());
    }

    [Fact]
    public void RoundTrip_TransferredArrayBuffers_ComeBackAsHoldersInListOrder()
    {
        var first = new TransferDataHolder();
        first.SetArrayBuffer([1, 2, 3], 3, null);
        var second = new TransferDataHolder();
        second.SetArrayBuffer(new byte[8], 4, 16);
        var view = new ArrayBufferViewRecord(ArrayBufferViewKind.Int16Array, second, 0, 2);
        var message = new SerializedWithTransfer(SerializedValue.FromRecord(view), [first, second]);

        var decoded = WireFormat.Decode(WireFormat.Encode(message));

        RecordGraphComparer.AssertIsomorphic(message, decoded);
        Assert.Equal("ArrayBuffer", decoded.TransferDataHolders[0].Type);
        Assert.Equal("ResizableArrayBuffer", decoded.TransferDataHolders[1].Type);
        Assert.Same(decoded.TransferDataHolders[1], ((ArrayBufferViewRecord)decoded.Serialized.AsRecord()).Buffer);
    }

    [Fact]
    public void Encode_TransferredMessagePort_ThrowsDataCloneErrorNamingTheInterface()
    {
        var holder = new TransferDataHolder();
        holder.SetPlatformObject("MessagePort", new object());
        var message = new SerializedWithTransfer(SerializedValue.FromRecord(holder), [holder]);

        var error = Assert.Throws<DataCloneException>(() => WireFormat.Encode(message));

        Assert.Contains("a transferred MessagePort cannot be encoded", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("DataCloneError", error.Name);
    }

    [Fact]
    public void Encode_ToBufferWriter_WritesTheSameBytesAsToArray()
    {
        var record = new ObjectRecord();
        for (int i = 0; i < 5000; i++)
        {
            record.Properties.Add(new("key" + i, SerializedValue.FromString(i % 3 == 0 ? "wide \u0101 " + i : "narrow " + i)));
        }

        var message = new SerializedWithTransfer(SerializedValue.FromRecord(record), []);
        var writer = new ArrayBufferWriter<byte>(1);

        WireFormat.Encode(message, writer);

        Assert.Equal(WireFormat.Encode(message), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Encode_ToWriterWithExactChunks_WritesTheSameBytesAsToArray()
    {
        var record = new ArrayRecord(4);
        record.Properties.Add(new("0", SerializedValue.FromString(new string('n', 5000))));
        record.Properties.Add(new("1", SerializedValue.FromString(new string('n', 4000) + "\u20AC" + new string('w', 3000))));
        record.Properties.Add(new("2", SerializedValue.FromRecord(new ArrayBufferRecord(new byte[20_000], 20_000, null))));
        record.Properties.Add(new("3", SerializedValue.FromBigInt(BigInteger.Pow(7, 20_000))));
        var message = new SerializedWithTransfer(SerializedValue.FromRecord(record), []);
        var writer = new ExactChunkBufferWriter();

        WireFormat.Encode(message, writer);

        Assert.True(writer.ChunkCount > 1);
        Assert.Equal(WireFormat.Encode(message), writer.WrittenBytes);
    }

    private static int CountOccurrences(byte[] haystack, ReadOnlySpan<byte> needle)
    {
        int count = 0;
        for (int i = 0; i + needle.Length <= haystack.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                count++;
            }
        }

        return count;
    }
}
