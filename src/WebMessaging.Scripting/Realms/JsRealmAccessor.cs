using System.Numerics;
using Jint.Native;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Packed;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// Forwards to a <see cref="JsRealm"/> from a struct, so the generic serializer and
/// deserializer are compiled for the JavaScript realm specifically and call it directly,
/// without the runtime lookups and interface dispatch of shared generic code.
/// </summary>
internal readonly struct JsRealmAccessor(JsRealm realm) : IRealmReader<JsValue>, IRealmWriter<JsValue>, IPackingRealmReader<JsValue>
{
    private readonly JsRealm _realm = realm;

    public IEqualityComparer<JsValue> IdentityComparer => ReferenceEqualityComparer.Instance;

    public JsValue Undefined => JsValue.Undefined;

    public JsValue Null => JsValue.Null;

    public RealmValueKind Classify(JsValue value) => _realm.Classify(value);

    public string Describe(JsValue value) => _realm.Describe(value);

    public bool GetBoolean(JsValue value) => _realm.GetBoolean(value);

    public double GetNumber(JsValue value) => _realm.GetNumber(value);

    public BigInteger GetBigInt(JsValue value) => _realm.GetBigInt(value);

    public string GetString(JsValue value) => _realm.GetString(value);

    public double GetDateValue(JsValue value) => JsRealm.GetDateValue(value);

    public (string Source, string Flags) GetRegExp(JsValue value) => JsRealm.GetRegExp(value);

    public ArrayBufferContents GetArrayBuffer(JsValue value) => JsRealm.GetArrayBuffer(value);

    public void DetachArrayBuffer(JsValue value) => JsRealm.DetachArrayBuffer(value);

    public ArrayBufferViewInfo<JsValue> GetArrayBufferView(JsValue value) => JsRealm.GetArrayBufferView(value);

    public void CopyMapEntries(JsValue value, List<KeyValuePair<JsValue, JsValue>> copiedList) => JsRealm.CopyMapEntries(value, copiedList);

    public void CopySetEntries(JsValue value, List<JsValue> copiedList) => JsRealm.CopySetEntries(value, copiedList);

    public uint GetArrayLength(JsValue value) => JsRealm.GetArrayLength(value);

    /// <inheritdoc />
    /// <remarks>
    /// Always false: a script array's elements may be accessors or may change while earlier
    /// elements are serialized, so they are read one by one, in order, as the spec reads them
    /// (GetEnumerableOwnProperties already lists them by numeric key).
    /// </remarks>
    public bool TryGetDenseElements(JsValue value, List<JsValue> elements) => false;

    public void GetEnumerableOwnProperties(JsValue value, List<OwnProperty<JsValue>> keys) => _realm.GetEnumerableOwnProperties(value, keys);

    public bool TryGetOwnDataProperties(JsValue value, List<OwnProperty<JsValue>> properties)
    {
        _realm.GetOwnDataProperties(value, properties);
        return true;
    }

    // A script's object may change its properties at any time: nothing is known ahead.
    public PackingShape? GetPackingShape(JsValue value) => null;

    public bool TryGetDenseElementsWithoutUserCode(JsValue value, List<JsValue> elements) => JsRealm.TryGetDenseDataElements(value, elements);

    public bool TryGetOwnProperty(JsValue value, string key, out JsValue result) => _realm.TryGetOwnProperty(value, key, out result);

    public JsValue Get(JsValue value, string key) => _realm.Get(value, key);

    public bool TryGetOwnDataProperty(JsValue value, string key, out JsValue result) => _realm.TryGetOwnDataProperty(value, key, out result);

    public string ToString(JsValue value) => JsRealm.ToString(value);

    public string? GetErrorStack(JsValue value) => _realm.GetErrorStack(value);

    public Blob GetBlob(JsValue value) => _realm.GetBlob(value);

    public ISerializablePlatformObject GetSerializable(JsValue value) => _realm.GetSerializable(value);

    public ITransferable? GetTransferable(JsValue value) => _realm.GetTransferable(value);

    public JsValue CreateBoolean(bool value) => JsRealm.CreateBoolean(value);

    public JsValue CreateNumber(double value) => JsRealm.CreateNumber(value);

    public JsValue CreateBigInt(BigInteger value) => JsRealm.CreateBigInt(value);

    public JsValue CreateString(string value) => JsRealm.CreateString(value);

    public JsValue CreatePrimitiveWrapper(SerializedValue primitive) => _realm.CreatePrimitiveWrapper(primitive);

    public JsValue CreateDate(double timeValue) => _realm.CreateDate(timeValue);

    public JsValue CreateRegExp(string source, string flags) => _realm.CreateRegExp(source, flags);

    public JsValue CreateArrayBuffer(byte[] data, int byteLength, int? maxByteLength) => _realm.CreateArrayBuffer(data, byteLength, maxByteLength);

    public JsValue CreateArrayBufferView(ArrayBufferViewKind kind, JsValue buffer, int byteOffset, int? length) => _realm.CreateArrayBufferView(kind, buffer, byteOffset, length);

    public JsValue CreateMap(int capacity) => _realm.CreateMap();

    public void AppendMapEntry(JsValue map, JsValue key, JsValue value) => JsRealm.AppendMapEntry(map, key, value);

    public JsValue CreateSet(int capacity) => _realm.CreateSet();

    public void AppendSetEntry(JsValue set, JsValue value) => JsRealm.AppendSetEntry(set, value);

    public JsValue CreateArray(uint length, bool isDense) => _realm.CreateArray(length, isDense);

    public void SetArrayElement(JsValue array, uint index, JsValue value) => JsRealm.SetArrayElement(array, index, value);

    public JsValue CreateObject(int propertyCount) => _realm.CreateObject();

    public void CreateDataProperty(JsValue target, string key, JsValue value) => _realm.CreateDataProperty(target, key, value);

    public JsValue CreateError(string name, string? message, string? stack) => _realm.CreateError(name, message, stack);

    public void SetErrorCause(JsValue error, JsValue cause) => JsRealm.SetErrorCause(error, cause);

    public JsValue CreateBlob(Blob blob) => _realm.CreateBlob(blob);

    public JsValue CreatePlatformObject(string interfaceName) => _realm.CreatePlatformObject(interfaceName);

    public void DeserializationSteps(JsValue value, PlatformObjectRecord serialized, ISubDeserializer<JsValue> subDeserializer) => _realm.DeserializationSteps(value, serialized, subDeserializer);

    public JsValue ReceiveTransfer(TransferDataHolder dataHolder) => _realm.ReceiveTransfer(dataHolder);
}
