using System.Numerics;
using WebMessaging.Cloning.Packed;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Cloning;

/// <summary>
/// Forwards to a <see cref="ClrRealm"/> from a struct, so the generic serializer and
/// deserializer are compiled for the CLR realm specifically and call it directly, without the
/// runtime lookups and interface dispatch of shared generic code.
/// </summary>
internal readonly struct ClrRealmAccessor(ClrRealm realm) : IRealmReader<object?>, IRealmWriter<object?>, IPackingRealmReader<object?>
{
    private readonly ClrRealm _realm = realm;

    public IEqualityComparer<object?> IdentityComparer => ReferenceEqualityComparer.Instance;

    public object? Undefined => Values.Undefined.Value;

    public object? Null => null;

    public RealmValueKind Classify(object? value) => _realm.Classify(value);

    public string Describe(object? value) => _realm.Describe(value);

    public bool GetBoolean(object? value) => _realm.GetBoolean(value);

    public double GetNumber(object? value) => _realm.GetNumber(value);

    public BigInteger GetBigInt(object? value) => _realm.GetBigInt(value);

    public string GetString(object? value) => _realm.GetString(value);

    public double GetDateValue(object? value) => _realm.GetDateValue(value);

    public (string Source, string Flags) GetRegExp(object? value) => _realm.GetRegExp(value);

    public ArrayBufferContents GetArrayBuffer(object? value) => _realm.GetArrayBuffer(value);

    public void DetachArrayBuffer(object? value) => _realm.DetachArrayBuffer(value);

    public ArrayBufferViewInfo<object?> GetArrayBufferView(object? value) => _realm.GetArrayBufferView(value);

    public void CopyMapEntries(object? value, List<KeyValuePair<object?, object?>> copiedList) => _realm.CopyMapEntries(value, copiedList);

    public void CopySetEntries(object? value, List<object?> copiedList) => _realm.CopySetEntries(value, copiedList);

    public uint GetArrayLength(object? value) => _realm.GetArrayLength(value);

    public bool TryGetDenseElements(object? value, List<object?> elements) => _realm.TryGetDenseElements(value, elements);

    public void GetEnumerableOwnProperties(object? value, List<OwnProperty<object?>> keys) => _realm.GetEnumerableOwnProperties(value, keys);

    // Only values read without the application's code (dictionaries, lists, arrays, records,
    // anonymous types, auto-properties): anything else may run code that the general way,
    // which packing falls back to, would run again.
    public bool TryGetOwnDataProperties(object? value, List<OwnProperty<object?>> properties)
    {
        if (!ClrRealm.ReadsWithoutUserCode(value))
        {
            return false;
        }

        _realm.GetEnumerableOwnProperties(value, properties);
        return true;
    }

    public bool TryGetDenseElementsWithoutUserCode(object? value, List<object?> elements) =>
        ClrRealm.ReadsWithoutUserCode(value) && _realm.TryGetDenseElements(value, elements);

    public PackingShape? GetPackingShape(object? value) =>
        value is Dictionary<string, object?> ? null : ClrTypeShape.For(value!.GetType()).Packing;

    public bool TryGetOwnProperty(object? value, string key, out object? result) => _realm.TryGetOwnProperty(value, key, out result);

    public object? Get(object? value, string key) => _realm.Get(value, key);

    public bool TryGetOwnDataProperty(object? value, string key, out object? result) => _realm.TryGetOwnDataProperty(value, key, out result);

    public string ToString(object? value) => _realm.ToString(value);

    public string? GetErrorStack(object? value) => _realm.GetErrorStack(value);

    public Blob GetBlob(object? value) => _realm.GetBlob(value);

    public ISerializablePlatformObject GetSerializable(object? value) => _realm.GetSerializable(value);

    public ITransferable? GetTransferable(object? value) => _realm.GetTransferable(value);

    public object? CreateBoolean(bool value) => _realm.CreateBoolean(value);

    public object? CreateNumber(double value) => _realm.CreateNumber(value);

    public object? CreateBigInt(BigInteger value) => _realm.CreateBigInt(value);

    public object? CreateString(string value) => _realm.CreateString(value);

    public object? CreatePrimitiveWrapper(SerializedValue primitive) => _realm.CreatePrimitiveWrapper(primitive);

    public object? CreateDate(double timeValue) => _realm.CreateDate(timeValue);

    public object? CreateRegExp(string source, string flags) => _realm.CreateRegExp(source, flags);

    public object? CreateArrayBuffer(byte[] data, int byteLength, int? maxByteLength) => _realm.CreateArrayBuffer(data, byteLength, maxByteLength);

    public object? CreateArrayBufferView(ArrayBufferViewKind kind, object? buffer, int byteOffset, int? length) => _realm.CreateArrayBufferView(kind, buffer, byteOffset, length);

    public object? CreateMap(int capacity) => _realm.CreateMap(capacity);

    public void AppendMapEntry(object? map, object? key, object? value) => _realm.AppendMapEntry(map, key, value);

    public object? CreateSet(int capacity) => _realm.CreateSet(capacity);

    public void AppendSetEntry(object? set, object? value) => _realm.AppendSetEntry(set, value);

    public object? CreateArray(uint length, bool isDense) => _realm.CreateArray(length, isDense);

    public void SetArrayElement(object? array, uint index, object? value) => _realm.SetArrayElement(array, index, value);

    public object? CreateObject(int propertyCount) => _realm.CreateObject(propertyCount);

    public void CreateDataProperty(object? target, string key, object? value) => _realm.CreateDataProperty(target, key, value);

    public object? CreateError(string name, string? message, string? stack) => _realm.CreateError(name, message, stack);

    public void SetErrorCause(object? error, object? cause) => _realm.SetErrorCause(error, cause);

    public object? CreateBlob(Blob blob) => _realm.CreateBlob(blob);

    public object? CreatePlatformObject(string interfaceName) => _realm.CreatePlatformObject(interfaceName);

    public void DeserializationSteps(object? value, PlatformObjectRecord serialized, ISubDeserializer<object?> subDeserializer) => _realm.DeserializationSteps(value, serialized, subDeserializer);

    public object? ReceiveTransfer(TransferDataHolder dataHolder) => _realm.ReceiveTransfer(dataHolder);
}
