using WebMessaging.Cloning.Wire;

namespace WebMessaging.Tests.Fuzzing;

/// <summary>Inputs that declare far more than they hold (counts, lengths, nesting) are rejected before they cost memory or stack.</summary>
public sealed class WireDecoderResourceTests
{
    // "WMSC", version 2, no transfer data holders.
    private static readonly byte[] Header = [(byte)'W', (byte)'M', (byte)'S', (byte)'C', 2, 0];

    // The varuint 0x7FFFFFFF.
    private static readonly byte[] Huge = [0xFF, 0xFF, 0xFF, 0xFF, 0x07];

    public static TheoryData<string, byte[]> HugeDeclarations => new()
    {
        { "holder count", [(byte)'W', (byte)'M', (byte)'S', (byte)'C', 2, .. Huge] },
        { "Latin-1 string length", [.. Header, 0x07, .. Huge] },
        { "two-byte string length", [.. Header, 0x08, .. Huge] },
        { "BigInt byte count", [.. Header, 0x06, .. Huge] },
        { "object property count", [.. Header, 0x10, .. Huge] },
        { "array length and element count", [.. Header, 0x11, .. Huge, .. Huge] },
        { "array length only", [.. Header, 0x11, .. Huge, 0x00, .. Huge] },
        { "map entry count", [.. Header, 0x12, .. Huge] },
        { "set entry count", [.. Header, 0x13, .. Huge] },
        { "ArrayBuffer byte length", [.. Header, 0x17, .. Huge] },
        { "resizable ArrayBuffer byte length", [.. Header, 0x18, .. Huge, .. Huge] },
        { "resizable ArrayBuffer max byte length", [.. Header, 0x18, 0x00, .. Huge] },
        { "Blob size", [.. Header, 0x1B, 0x07, 0x00, .. Huge] },
        { "platform object field count", [.. Header, 0x1D, 0x07, 0x01, (byte)'X', .. Huge] },
    };

    [Theory]
    [MemberData(nameof(HugeDeclarations))]
    public void Decode_HugeDeclaredSize_FailsWithoutAllocatingIt(string what, byte[] input)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();

        var decoded = Fuzz.OnlyThrows<WireFormatException>(() => WireFormat.Decode(input), what);

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < 1024 * 1024, $"Decoding a message with a huge {what} allocated {allocated:N0} bytes (decoded: {decoded}).");
    }

    [Theory]
    [InlineData(0x11)]
    [InlineData(0x13)]
    [InlineData(0x16)]
    public void Decode_NestingFarDeeperThanMaxDepth_FailsWithWireFormatException(byte tag)
    {
        // An array of one element, a set of one value, or a primitive wrapper, nested a million times.
        byte[] level = tag switch
        {
            0x11 => [0x11, 0x01, 0x01],
            0x13 => [0x13, 0x01],
            _ => [0x16],
        };
        var input = new List<byte>(Header);
        for (int i = 0; i < 1_000_000; i++)
        {
            input.AddRange(level);
        }

        input.Add(0x00);
        var error = Assert.Throws<WireFormatException>(() => WireFormat.Decode(input.ToArray()));

        Assert.NotEmpty(error.Problem);
    }
}
