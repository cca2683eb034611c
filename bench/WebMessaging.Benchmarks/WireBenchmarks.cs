using BenchmarkDotNet.Attributes;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Benchmarks;

/// <summary>The wire format: encode and decode the serialized record of the 1.18 MB graph.</summary>
[MemoryDiagnoser]
public class WireBenchmarks
{
    private SerializedWithTransfer _record = null!;

    [GlobalSetup]
    public void Setup() => _record = new SerializedWithTransfer(ClrRealm.Default.Serialize(BenchGraph.Build()), []);

    /// <summary>Encode the record to bytes and decode it back.</summary>
    [Benchmark]
    public SerializedWithTransfer EncodeDecodeGraph() => WireFormat.Decode(WireFormat.Encode(_record));
}
