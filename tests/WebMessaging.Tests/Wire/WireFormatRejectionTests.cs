using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Tests.Wire;

public sealed class WireFormatRejectionTests
{
    // Hand-built inputs follow docs/wire-format.md: magic "WMSC", version 2, holder count 0.
    private static readonly byte[] Header = [(byte)'W', (byte)'M', (byte)'S', (byte)'C', 2, 0];

    private static byte[] WithHeader(params byte[] body) => [.. Header, .. body];

    private static WireFormatException Rejects(byte[] bytes) =>
        Assert.Throws<WireFormatException>(() => WireFormat.Decode(bytes));

    [Fact]
    public void Decode_EmptyInput_FailsAtOffsetZero()
    {
        var error = Rejects([]);

        Assert.Equal(0, error.Offset);
        Assert.Contains("magic", error.Message);
    }

    [Fact]
    public void Decode_WrongMagic_FailsNamingTheMagic()
    {
        var error = Rejects([(byte)'J', (byte)'S', (byte)'O', (byte)'N', 1, 0, 0]);

        Assert.Contains("magic", error.Message);
    }

    [Fact]
    public void Decode_UnknownVersion_FailsNamingBothVersions()
    {
        var bytes = WireFormat.Encode(SerializedValue.Null);
        bytes[4] = 1;

        var error = Rejects(bytes);

        Assert.Equal(4, error.Offset);
        Assert.Contains("version 1", error.Message);
        Assert.Contains($"version {WireFormat.Version}", error.Message);
    }

    [Fact]
    public void Decode_BytesAfterTheValue_FailsAtTheFirstExtraByte()
    {
        var valid = WireFormat.Encode(SerializedValue.True);

        var error = Rejects([.. valid, 0]);

        Assert.Equal(valid.Length, error.Offset);
    }

    [Fact]
    public void Decode_UnknownTag_FailsNamingTheTag()
    {
        var error = Rejects(WithHeader(0xEE));

        Assert.Contains("0xEE", error.Message);
        Assert.Equal(Header.Length, error.Offset);
    }

    [Fact]
    public void Decode_EveryTruncationOfAValidEncoding_Fails()
    {
        var map = new MapRecord();
        map.Entries.Add(new(SerializedValue.FromString("k\u0101"), SerializedValue.FromRecord(map)));
        var buffer = new ArrayBufferRecord([1, 2, 3, 4], 4, 8);
        var root = new ObjectRecord();
        root.Properties.Add(new("map", SerializedValue.FromRecord(map)));
        root.Properties.Add(new("view", SerializedValue.FromRecord(new ArrayBufferViewRecord(ArrayBufferViewKind.Uint16Array, buffer, 2, 1))));
        root.Properties.Add(new("error", SerializedValue.FromRecord(new ErrorRecord("Error", "m") { Stack = "s", HasCause = true, Cause = SerializedValue.FromBigInt(-300) })));
        root.Properties.Add(new("file", SerializedValue.FromRecord(new FileRecord("a/b", new byte[] { 5 }, "n", 1_700_000_000_000))));
        root.Properties.Add(new("n", SerializedValue.FromNumber(0.25)));
        var bytes = WireFormat.Encode(SerializedValue.FromRecord(root));

        for (int length = 0; length < bytes.Length; length++)
        {
            var error = Rejects(bytes[..length]);
            Assert.InRange(error.Offset, 0, length);
        }
    }

    [Fact]
    public void Decode_LengthClaimingTwoGigabytes_FailsWithoutAllocatingIt()
    {
        // An ArrayBuffer whose byte length is int.MaxValue, followed by a few bytes.
        byte[] bytes = WithHeader((byte)WireTag.ArrayBuffer, 0xFF, 0xFF, 0xFF, 0xFF, 0x07, 1, 2, 3);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var error = Rejects(bytes);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "The decoder allocated for the claimed length.");
        Assert.Contains("2147483647", error.Message);
    }

    [Fact]
    public void Decode_CountLargerThanTheInputCanHold_FailsBeforeAllocating()
    {
        // An object claiming 100,000,000 properties in 3 bytes.
        byte[] bytes = WithHeader((byte)WireTag.Object, 0x80, 0xC2, 0xD7, 0x2F, 0, 0, 0);
        long before = GC.GetAllocatedBytesForCurrentThread();

        var error = Rejects(bytes);

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 64 * 1024, "The decoder allocated for the claimed count.");
        Assert.Contains("100000000", error.Message);
    }

    [Fact]
    public void Decode_VarintLongerThan32Bits_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.Array, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F, 0));

        Assert.Contains("32 bits", error.Message);
    }

    [Fact]
    public void Decode_ArrayWithMoreElementsThanItsLength_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.Array, 1, 2, (byte)WireTag.Null, (byte)WireTag.Null, 0));

        Assert.Equal(Header.Length, error.Offset);
        Assert.Contains("length 1 claims 2 elements", error.Message);
    }

    [Fact]
    public void Decode_PropertyKeyReferenceToAKeyNotYetWritten_Fails()
    {
        // { [key #0]: null } with no key written before it.
        var error = Rejects(WithHeader((byte)WireTag.Object, 1, (byte)WireTag.PropertyKeyReference, 0, (byte)WireTag.Null));

        Assert.Equal(Header.Length + 2, error.Offset);
        Assert.Contains("property key #0", error.Message);
    }

    [Fact]
    public void Decode_PropertyKeyReferenceWhereAValueIsExpected_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.PropertyKeyReference, 0));

        Assert.Contains("0x0A", error.Message);
    }

    [Fact]
    public void Decode_BackReferenceToALaterRecord_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.Set, 1, (byte)WireTag.BackReference, 1));

        Assert.Contains("record #1", error.Message);
    }

    [Fact]
    public void Decode_ViewWhoseBufferRefersBackToAnObject_Fails()
    {
        // [ {}, Uint8Array over back-reference #1 (the object) ]
        var error = Rejects(WithHeader(
            (byte)WireTag.Set, 2,
            (byte)WireTag.Object, 0,
            (byte)WireTag.ArrayBufferView, (byte)ArrayBufferViewKind.Uint8Array, (byte)WireTag.BackReference, 1, 0, 0));

        Assert.Contains("ObjectRecord", error.Message);
    }

    [Fact]
    public void Decode_ViewWhoseBufferRefersBackToTheView_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.ArrayBufferView, 0, (byte)WireTag.BackReference, 0, 0, 0));

        Assert.Contains("still being read", error.Message);
    }

    [Fact]
    public void Decode_ResizableBufferWithMaximumBelowLength_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.ResizableArrayBuffer, 2, 1, 0, 0));

        Assert.Contains("maximum byte length 1", error.Message);
    }

    [Fact]
    public void Decode_WrapperAroundARecord_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.PrimitiveWrapper, (byte)WireTag.Object, 0));

        Assert.Contains("primitive wrapper", error.Message);
    }

    [Fact]
    public void Decode_NegativeZeroBigInt_Fails()
    {
        var error = Rejects(WithHeader((byte)WireTag.BigInt, 1));

        Assert.Contains("BigInt", error.Message);
    }

    [Fact]
    public void Decode_MillionNestedArrays_FailsCleanly()
    {
        var error = Rejects(NestedArrays(1_000_000));

        Assert.Contains("nested", error.Message);
    }

    [Fact]
    public void Decode_DeepNestingOnASmallStack_FailsCleanlyInsteadOfOverflowing()
    {
        var bytes = NestedArrays(WireFormat.MaxDepth);
        Exception? caught = null;
        var thread = new Thread(() => caught = Record.Exception(() => WireFormat.Decode(bytes)), maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        var error = Assert.IsType<WireFormatException>(caught);
        Assert.Contains("stack", error.Message);
    }

    [Fact]
    public void Decode_NestingAtTheLimit_Succeeds()
    {
        var bytes = NestedArrays(WireFormat.MaxDepth);
        SerializedValue decoded = default;
        var thread = new Thread(() => decoded = WireFormat.DecodeValue(bytes), maxStackSize: 64 * 1024 * 1024);

        thread.Start();
        thread.Join();

        Assert.IsType<ArrayRecord>(decoded.AsRecord());
    }

    [Fact]
    public void Encode_GraphNestedBeyondTheLimit_ThrowsDataCloneError()
    {
        var root = new ObjectRecord();
        var current = root;
        for (int i = 0; i < 1_000_000; i++)
        {
            var next = new ObjectRecord();
            current.Properties.Add(new("next", SerializedValue.FromRecord(next)));
            current = next;
        }

        var error = Assert.Throws<DataCloneException>(() => WireFormat.Encode(SerializedValue.FromRecord(root)));

        Assert.Contains("nested too deeply", error.Message);
    }

    [Fact]
    public void WireFormatException_CarriesProblemAndOffset()
    {
        var error = new WireFormatException("Something is off", 12);

        Assert.Equal("Something is off", error.Problem);
        Assert.Equal(12, error.Offset);
        Assert.Equal("Something is off (at byte offset 12).", error.Message);
    }

    /// <summary>[[[...[undefined]...]]]: <paramref name="depth"/> arrays, each holding the next as its one element.</summary>
    private static byte[] NestedArrays(int depth)
    {
        // Each level opens with its tag, length 1 and element count 1, and closes, after its
        // element, with a property count of 0.
        byte[] opening = [(byte)WireTag.Array, 1, 1];
        var bytes = new byte[Header.Length + (depth * (opening.Length + 1)) + 1];
        Header.CopyTo(bytes, 0);
        for (int i = 0; i < depth; i++)
        {
            opening.CopyTo(bytes, Header.Length + (i * opening.Length));
        }

        bytes[Header.Length + (depth * opening.Length)] = (byte)WireTag.Undefined;
        return bytes;
    }
}
