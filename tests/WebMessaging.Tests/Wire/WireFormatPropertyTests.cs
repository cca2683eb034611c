using CsCheck;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Tests.Wire;

public sealed class WireFormatPropertyTests
{
    private static readonly byte[] Header = [(byte)'W', (byte)'M', (byte)'S', (byte)'C', 1, 0];

    [Fact]
    public void RoundTrip_RandomGraphs_KeepStructureAndIdentity()
    {
        RecordGraphGenerator.Message.Sample(
            message =>
            {
                var bytes = WireFormat.Encode(message);
                var decoded = WireFormat.Decode(bytes);

                RecordGraphComparer.AssertIsomorphic(message, decoded);
                Assert.Equal(bytes, WireFormat.Encode(decoded));
            },
            iter: 2000);
    }

    [Fact]
    public void Decode_EveryTruncationOfRandomGraphs_Fails()
    {
        RecordGraphGenerator.Message.Sample(
            message =>
            {
                var bytes = WireFormat.Encode(message);
                for (int length = 0; length < bytes.Length; length++)
                {
                    Assert.Throws<WireFormatException>(() => WireFormat.Decode(bytes.AsSpan(0, length)));
                }
            },
            iter: 200);
    }

    [Fact]
    public void Decode_RandomBytesAfterAValidHeader_EitherDecodesOrThrowsWireFormatException()
    {
        Gen.Byte.Array[0, 64].Sample(body => DecodesOrRejects([.. Header, .. body]), iter: 20_000);
    }

    [Fact]
    public void Decode_RandomBytes_EitherDecodesOrThrowsWireFormatException()
    {
        Gen.Byte.Array[0, 64].Sample(DecodesOrRejects, iter: 5_000);
    }

    [Fact]
    public void Decode_RandomGraphsWithCorruptedBytes_EitherDecodeOrThrowWireFormatException()
    {
        Gen.Select(RecordGraphGenerator.Message, Gen.Int[0, int.MaxValue].Array[1, 4], Gen.Byte.Array[4])
            .Sample(
                (message, positions, values) =>
                {
                    var bytes = WireFormat.Encode(message);
                    for (int i = 0; i < positions.Length; i++)
                    {
                        bytes[positions[i] % bytes.Length] = values[i];
                    }

                    DecodesOrRejects(bytes);
                },
                iter: 3_000);
    }

    private static void DecodesOrRejects(byte[] bytes)
    {
        try
        {
            var decoded = WireFormat.Decode(bytes);

            // Whatever decodes is a well-formed graph: it encodes again without error.
            WireFormat.Encode(decoded);
        }
        catch (WireFormatException error)
        {
            Assert.InRange(error.Offset, 0, bytes.Length);
        }
    }
}
