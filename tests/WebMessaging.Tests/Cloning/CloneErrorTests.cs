using System.Numerics;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

public sealed class CloneErrorTests
{
    [Fact]
    public void Clone_Delegate_ThrowsFunctionCouldNotBeCloned()
    {
        Func<int> function = () => 1;
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(function));
        Assert.Equal("DataCloneError", error.Name);
        Assert.Equal("function could not be cloned.", error.Message);
    }

    [Fact]
    public void Clone_DelegateInsideObject_Throws() =>
        Assert.Throws<DataCloneException>(() => StructuredClone.Clone(new Dictionary<string, object?> { ["f"] = (Action)(() => { }) }));

    [Fact]
    public void Clone_WeakReference_ThrowsNamingIt()
    {
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(new WeakReference(new object())));
        Assert.StartsWith("WeakReference could not be cloned", error.Message);
    }

    [Fact]
    public void Clone_Task_Throws() => Assert.Throws<DataCloneException>(() => StructuredClone.Clone(Task.CompletedTask));

    [Fact]
    public void Clone_DetachedArrayBuffer_Throws()
    {
        var buffer = new ArrayBuffer(4);
        buffer.Detach();
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(buffer));
        Assert.Equal("ArrayBuffer could not be cloned: it is detached.", error.Message);
    }

    [Fact]
    public void Clone_ViewOfDetachedBuffer_ThrowsOutOfBounds()
    {
        var buffer = new ArrayBuffer(4);
        var view = new ArrayBufferView(ArrayBufferViewKind.Uint8Array, buffer);
        buffer.Detach();
        Assert.Contains("out of bounds", Assert.Throws<DataCloneException>(() => StructuredClone.Clone(view)).Message);
    }

    [Fact]
    public void Clone_NonSerializablePlatformObject_Throws()
    {
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(new FakePort()));
        Assert.StartsWith("FakePort could not be cloned", error.Message);
        Assert.Contains("transfer list", error.Message);
    }

    [Fact]
    public void Serialize_Symbol_Throws() =>
        Assert.Equal("Symbol could not be cloned.", Assert.Throws<DataCloneException>(() => StructuredClone.Serialize(new FakeReader(RealmValueKind.Symbol, "Symbol"), 0)).Message);

    [Fact]
    public void Serialize_SharedArrayBuffer_Throws() =>
        Assert.Contains("shared memory", Assert.Throws<DataCloneException>(() => StructuredClone.Serialize(new FakeReader(RealmValueKind.ArrayBuffer, "SharedArrayBuffer"), 0)).Message);

    [Fact]
    public void Serialize_Proxy_Throws() =>
        Assert.Contains("exotic", Assert.Throws<DataCloneException>(() => StructuredClone.Serialize(new FakeReader(RealmValueKind.Exotic, "Proxy"), 0)).Message);

    [Fact]
    public void Clone_DeeplyNestedList_ThrowsInsteadOfOverflowingTheStack()
    {
        var root = new List<object?>();
        var current = root;
        for (int i = 0; i < 1_000_000; i++)
        {
            var next = new List<object?>();
            current.Add(next);
            current = next;
        }

        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(root));
        Assert.Contains("nested too deeply", error.Message);
    }

    [Fact]
    public void Clone_PropertyGetterThrows_ExceptionPropagates() =>
        Assert.Throws<NotImplementedException>(() => StructuredClone.Clone(new ThrowingGetter()));

    [Fact]
    public void Deserialize_PlatformObjectOfUnexposedInterface_Throws()
    {
        var record = new PlatformObjectRecord("DOMMatrix");
        var error = Assert.Throws<DataCloneException>(() => ClrRealm.Default.Deserialize(SerializedValue.FromRecord(record)));
        Assert.Equal("DOMMatrix could not be deserialized: the interface is not exposed in the target realm.", error.Message);
    }

    private sealed class ThrowingGetter
    {
        public int Value => throw new NotImplementedException();
    }

    /// <summary>A reader whose every value is of one kind, standing in for JavaScript values the CLR has no equivalent for.</summary>
    private sealed class FakeReader(RealmValueKind kind, string description) : IRealmReader<int>
    {
        public IEqualityComparer<int> IdentityComparer => EqualityComparer<int>.Default;

        public RealmValueKind Classify(int value) => kind;

        public string Describe(int value) => description;

        public bool GetBoolean(int value) => throw new NotSupportedException();

        public double GetNumber(int value) => throw new NotSupportedException();

        public BigInteger GetBigInt(int value) => throw new NotSupportedException();

        public string GetString(int value) => throw new NotSupportedException();

        public double GetDateValue(int value) => throw new NotSupportedException();

        public (string Source, string Flags) GetRegExp(int value) => throw new NotSupportedException();

        public ArrayBufferContents GetArrayBuffer(int value) => new([], 0, null, IsDetached: false, IsShared: true, CanDetach: false);

        public void DetachArrayBuffer(int value) => throw new NotSupportedException();

        public ArrayBufferViewInfo<int> GetArrayBufferView(int value) => throw new NotSupportedException();

        public void CopyMapEntries(int value, List<KeyValuePair<int, int>> copiedList) => throw new NotSupportedException();

        public void CopySetEntries(int value, List<int> copiedList) => throw new NotSupportedException();

        public uint GetArrayLength(int value) => throw new NotSupportedException();

        public bool TryGetDenseElements(int value, List<int> elements) => throw new NotSupportedException();

        public void GetEnumerableOwnProperties(int value, List<OwnProperty<int>> keys) => throw new NotSupportedException();

        public bool TryGetOwnProperty(int value, string key, out int result) => throw new NotSupportedException();

        public int Get(int value, string key) => throw new NotSupportedException();

        public bool TryGetOwnDataProperty(int value, string key, out int result) => throw new NotSupportedException();

        public string ToString(int value) => throw new NotSupportedException();

        public string? GetErrorStack(int value) => throw new NotSupportedException();

        public Blob GetBlob(int value) => throw new NotSupportedException();

        public ISerializablePlatformObject GetSerializable(int value) => throw new NotSupportedException();

        public ITransferable? GetTransferable(int value) => null;
    }
}
