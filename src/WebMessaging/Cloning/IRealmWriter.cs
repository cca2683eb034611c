using System.Numerics;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Cloning;

/// <summary>
/// Builds values in a target realm for StructuredDeserialize. Containers are created empty
/// and filled afterwards, so that the deserializer can remember them before their children
/// (which may refer back to them).
/// </summary>
/// <remarks>Implement it on a struct (or a sealed class wrapped in one) so the generic deserializer calls it without interface dispatch.</remarks>
public interface IRealmWriter<TValue>
{
    /// <summary>undefined.</summary>
    TValue Undefined { get; }

    /// <summary>null.</summary>
    TValue Null { get; }

    /// <summary>A Boolean primitive.</summary>
    TValue CreateBoolean(bool value);

    /// <summary>A Number primitive.</summary>
    TValue CreateNumber(double value);

    /// <summary>A BigInt primitive.</summary>
    TValue CreateBigInt(BigInteger value);

    /// <summary>A String primitive.</summary>
    TValue CreateString(string value);

    /// <summary>A new Boolean, Number, BigInt or String object wrapping <paramref name="primitive"/>.</summary>
    TValue CreatePrimitiveWrapper(SerializedValue primitive);

    /// <summary>A new Date object whose [[DateValue]] is <paramref name="timeValue"/>.</summary>
    TValue CreateDate(double timeValue);

    /// <summary>A new RegExp object with this [[OriginalSource]] and [[OriginalFlags]]; lastIndex is 0.</summary>
    TValue CreateRegExp(string source, string flags);

    /// <summary>A new ArrayBuffer whose [[ArrayBufferData]] is <paramref name="data"/> itself (adopted, not copied).</summary>
    TValue CreateArrayBuffer(byte[] data, int byteLength, int? maxByteLength);

    /// <summary>A new typed array or DataView over <paramref name="buffer"/>; a null <paramref name="length"/> tracks the buffer's length.</summary>
    TValue CreateArrayBufferView(ArrayBufferViewKind kind, TValue buffer, int byteOffset, int? length);

    /// <summary>A new, empty Map.</summary>
    TValue CreateMap(int capacity);

    /// <summary>Appends an entry to a Map's [[MapData]].</summary>
    void AppendMapEntry(TValue map, TValue key, TValue value);

    /// <summary>A new, empty Set.</summary>
    TValue CreateSet(int capacity);

    /// <summary>Appends an entry to a Set's [[SetData]].</summary>
    void AppendSetEntry(TValue set, TValue value);

    /// <summary>
    /// ! ArrayCreate(length). <paramref name="isDense"/> tells that exactly the indices 0 to
    /// length - 1 will be set, in order, and nothing else.
    /// </summary>
    TValue CreateArray(uint length, bool isDense);

    /// <summary>! CreateDataProperty(array, ToString(index), value).</summary>
    void SetArrayElement(TValue array, uint index, TValue value);

    /// <summary>A new ordinary object; <paramref name="propertyCount"/> properties will follow.</summary>
    TValue CreateObject(int propertyCount);

    /// <summary>! CreateDataProperty(target, key, value) on an object or array (for a key that is not an array index).</summary>
    void CreateDataProperty(TValue target, string key, TValue value);

    /// <summary>
    /// A new Error object (or one of its six native subtypes, by <paramref name="name"/>) with
    /// an own "message" unless <paramref name="message"/> is null, and <paramref name="stack"/> if known.
    /// </summary>
    TValue CreateError(string name, string? message, string? stack);

    /// <summary>Gives an error its own "cause" property.</summary>
    void SetErrorCause(TValue error, TValue cause);

    /// <summary>A new Blob (or File) platform object for <paramref name="blob"/>.</summary>
    TValue CreateBlob(Blob blob);

    /// <summary>
    /// A new instance of the interface named <paramref name="interfaceName"/>; throws a
    /// <see cref="DataCloneException"/> when that interface is not exposed in the realm.
    /// </summary>
    TValue CreatePlatformObject(string interfaceName);

    /// <summary>The interface's deserialization steps, given the record, the new value and a sub-deserializer.</summary>
    void DeserializationSteps(TValue value, PlatformObjectRecord serialized, ISubDeserializer<TValue> subDeserializer);

    /// <summary>
    /// A new instance of the platform object interface named by <paramref name="dataHolder"/>'s
    /// type, after its transfer-receiving steps; throws a <see cref="DataCloneException"/> when
    /// that interface is not exposed in the realm.
    /// </summary>
    TValue ReceiveTransfer(TransferDataHolder dataHolder);
}
