using BenchmarkDotNet.Attributes;
using WebMessaging.Cloning;
using WebMessaging.Values;

namespace WebMessaging.Benchmarks;

/// <summary>
/// Structured clone in the .NET realm: a JSON-like graph, a 16 MB ArrayBuffer copy, and
/// transfers. Each benchmark sets up only the state it uses, so none is measured with another's
/// large objects alive on the heap.
/// </summary>
[MemoryDiagnoser]
public class CloneBenchmarks
{
    private readonly ClrRealm _realm = ClrRealm.Default;
    private List<object?> _graph = null!;
    private ArrayBuffer _big = null!;
    private ArrayBuffer _smallTransferred = null!;
    private ArrayBuffer _bigTransferred = null!;

    [GlobalSetup(Targets = [nameof(CloneGraph), nameof(SerializeDeserializeGraph)])]
    public void SetupGraph() => _graph = BenchGraph.Build();

    [GlobalSetup(Target = nameof(CopyArrayBuffer16MB))]
    public void SetupBigBuffer()
    {
        _big = new ArrayBuffer(16 * 1024 * 1024);
        _big.AsSpan().Fill(7);
    }

    [GlobalSetup(Target = nameof(TransferArrayBuffer1KB))]
    public void SetupSmallTransfer() => _smallTransferred = new ArrayBuffer(1024);

    [GlobalSetup(Target = nameof(TransferArrayBuffer16MB))]
    public void SetupBigTransfer() => _bigTransferred = new ArrayBuffer(16 * 1024 * 1024);

    /// <summary>structuredClone(graph) of the 1.18 MB graph, .NET realm to .NET realm (what node's figure measures).</summary>
    [Benchmark]
    public object? CloneGraph() => StructuredClone.Clone(_graph);

    /// <summary>Serialize the 1.18 MB graph to records, then deserialize the records (the path of a message to another realm).</summary>
    [Benchmark]
    public object? SerializeDeserializeGraph() => _realm.Deserialize(_realm.Serialize(_graph));

    /// <summary>
    /// Clone (copy) a 16 MB ArrayBuffer, as structuredClone(buffer) does: the bytes are copied once.
    /// </summary>
    [Benchmark]
    public object? CopyArrayBuffer16MB() => StructuredClone.Clone(_big);

    /// <summary>Transfer a 1 KB ArrayBuffer: the receiver's buffer takes over the sender's bytes.</summary>
    [Benchmark]
    public object? TransferArrayBuffer1KB()
    {
        var received = Transfer(_smallTransferred);
        _smallTransferred = received;
        return received;
    }

    /// <summary>Transfer a 16 MB ArrayBuffer: must cost the same as 1 KB.</summary>
    [Benchmark]
    public object? TransferArrayBuffer16MB()
    {
        var received = Transfer(_bigTransferred);
        _bigTransferred = received;
        return received;
    }

    private ArrayBuffer Transfer(ArrayBuffer buffer)
    {
        var result = _realm.DeserializeWithTransfer(_realm.SerializeWithTransfer(buffer, [buffer]));
        return (ArrayBuffer)result.Deserialized!;
    }
}
