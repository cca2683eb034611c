using BenchmarkDotNet.Attributes;
using WebMessaging.Cloning;
using WebMessaging.Values;

namespace WebMessaging.Benchmarks;

/// <summary>Structured clone in the .NET realm: a JSON-like graph, a 16 MB ArrayBuffer copy, and transfers.</summary>
[MemoryDiagnoser]
public class CloneBenchmarks
{
    private readonly ClrRealm _realm = ClrRealm.Default;
    private List<object?> _graph = null!;
    private ArrayBuffer _big = null!;
    private ArrayBuffer _smallTransferred = null!;
    private ArrayBuffer _bigTransferred = null!;

    [GlobalSetup]
    public void Setup()
    {
        _graph = BenchGraph.Build();
        _big = new ArrayBuffer(16 * 1024 * 1024);
        _big.AsSpan().Fill(7);
        _smallTransferred = new ArrayBuffer(1024);
        _bigTransferred = new ArrayBuffer(16 * 1024 * 1024);
    }

    /// <summary>Serialize then deserialize the 1.18 MB graph, .NET realm to .NET realm.</summary>
    [Benchmark]
    public object? CloneGraph() => _realm.Deserialize(_realm.Serialize(_graph));

    /// <summary>
    /// Clone (copy) a 16 MB ArrayBuffer, as structuredClone(buffer) does: the record between
    /// the two steps is deserialized once, so the bytes are copied once, when serializing.
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
