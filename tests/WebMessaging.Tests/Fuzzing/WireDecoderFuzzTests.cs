using CsCheck;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;
using WebMessaging.Tests.Wire;

namespace WebMessaging.Tests.Fuzzing;

/// <summary>The wire decoder under random and mutated input: only <see cref="WireFormatException"/> may escape, and nothing hangs.</summary>
public sealed class WireDecoderFuzzTests
{
    private static readonly byte[] Header = [(byte)'W', (byte)'M', (byte)'S', (byte)'C', 2, 0];

    [Fact]
    public void Decode_RandomBytes_ThrowsOnlyWireFormatException()
    {
        var bytes = Gen.OneOf(
            Gen.Byte.Array[0, 64],
            Gen.Byte.Array[0, 64].Select(body => (byte[])[.. Header, .. body]));

        Fuzz.Run(bytes, input => Fuzz.OnlyThrows<WireFormatException>(() => WireFormat.Decode(input), Convert.ToHexString(input)), Convert.ToHexString);
    }

    [Fact]
    public void Decode_MutatedValidEncodings_ThrowsOnlyWireFormatException_AndWhatDecodesEncodesAgain()
    {
        var valid = RecordGraphGenerator.Message.Select(message => WireFormat.Encode(message));

        Fuzz.Run(Fuzz.Mutations(valid), input =>
        {
            SerializedWithTransfer? decoded = null;
            if (Fuzz.OnlyThrows<WireFormatException>(() => decoded = WireFormat.Decode(input), Convert.ToHexString(input)))
            {
                // Whatever the decoder accepts is a graph the encoder can write again.
                WireFormat.Encode(decoded!);
            }
        }, Convert.ToHexString);
    }
}
