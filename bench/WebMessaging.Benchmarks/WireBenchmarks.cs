using System.Buffers;
using BenchmarkDotNet.Attributes;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Benchmarks;

/// <summary>The wire format: encode and decode the serialized record of the 1.18 MB graph.</summary>
[MemoryDiagnoser]
public class WireBenchmarks
{
    private readonly ArrayBufferWriter<byte> _output = new(1 << 20);
    private SerializedWithTransfer _record = null!;

    [GlobalSetup]
    public void Setup() => _record = new SerializedWithTransfer(ClrRealm.Default.Serialize(BenchGraph.Build()), []);

    /// <summary>
    /// Encode the record to bytes and decode it back. The bytes go into one reused buffer, as a
    /// transport writing messages to a pipe or socket would use the IBufferWriter overload.
    /// </summary>
    [Benchmark]
    public SerializedWithTransfer EncodeDecodeGraph()
    {
        _output.ResetWrittenCount();
        WireFormat.Encode(_record, _output);
        return WireFormat.Decode(_output.WrittenSpan);
    }
}
