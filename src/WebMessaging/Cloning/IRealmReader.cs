using System.Numerics;
using WebMessaging.Values;

namespace WebMessaging.Cloning;

/// <summary>
/// Reads values of one realm for StructuredSerializeInternal. A realm is JavaScript (one per
/// global, in the scripting layer) or plain .NET (<see cref="ClrRealm"/>). Each accessor is
/// called only for values that <see cref="Classify"/> put in the matching kind.
/// </summary>
/// <remarks>
/// Implement it on a struct (or a sealed class wrapped in one) so the generic serializer calls
/// it without interface dispatch. Methods marked "?" in the spec may run script and throw;
/// their exceptions propagate out of the serialization unchanged.
/// </remarks>
public interface IRealmReader<TValue>
{
    /// <summary>Compares objects by identity: the keys of the serialization's memory.</summary>
    IEqualityComparer<TValue> IdentityComparer { get; }

    /// <summary>Tells what <paramref name="value"/> is.</summary>
    RealmValueKind Classify(TValue value);

    /// <summary>Names the value's kind for error messages, e.g. "function", "WeakMap", "Symbol", "MessagePort".</summary>
    string Describe(TValue value);

    /// <summary>The Boolean primitive, or a Boolean object's [[BooleanData]].</summary>
    bool GetBoolean(TValue value);

    /// <summary>The Number primitive, or a Number object's [[NumberData]].</summary>
    double GetNumber(TValue value);

    /// <summary>The BigInt primitive, or a BigInt object's [[BigIntData]].</summary>
    BigInteger GetBigInt(TValue value);

    /// <summary>The String primitive, or a String object's [[StringData]].</summary>
    string GetString(TValue value);

    /// <summary>A Date's [[DateValue]] (NaN for an invalid date).</summary>
    double GetDateValue(TValue value);

    /// <summary>A RegExp's [[OriginalSource]] and [[OriginalFlags]].</summary>
    (string Source, string Flags) GetRegExp(TValue value);

    /// <summary>An ArrayBuffer's data block and state.</summary>
    ArrayBufferContents GetArrayBuffer(TValue value);

    /// <summary>DetachArrayBuffer(value): the buffer's length becomes 0 and it no longer holds its data block.</summary>
    void DetachArrayBuffer(TValue value);

    /// <summary>A typed array's or DataView's buffer, offset and length.</summary>
    ArrayBufferViewInfo<TValue> GetArrayBufferView(TValue value);

    /// <summary>Appends the non-empty entries of a Map's [[MapData]] to <paramref name="copiedList"/>, in order.</summary>
    void CopyMapEntries(TValue value, List<KeyValuePair<TValue, TValue>> copiedList);

    /// <summary>Appends the non-empty entries of a Set's [[SetData]] to <paramref name="copiedList"/>, in order.</summary>
    void CopySetEntries(TValue value, List<TValue> copiedList);

    /// <summary>The value of an Array's "length" property.</summary>
    uint GetArrayLength(TValue value);

    /// <summary>
    /// When an Array's own enumerable properties are exactly its indices 0 to length - 1, each a
    /// data property (so reading them runs no script), appends their values to
    /// <paramref name="elements"/> in index order and returns true. Otherwise appends nothing
    /// and returns false: the serializer then reads the length with <see cref="GetArrayLength"/>
    /// and the properties with <see cref="GetEnumerableOwnProperties"/>.
    /// </summary>
    bool TryGetDenseElements(TValue value, List<TValue> elements);

    /// <summary>Appends ! EnumerableOwnProperties(value, key) to <paramref name="keys"/>: own enumerable string keys, integer indices first.</summary>
    void GetEnumerableOwnProperties(TValue value, List<OwnProperty<TValue>> keys);

    /// <summary>If ! HasOwnProperty(value, key) is true, sets <paramref name="result"/> to ? value.[[Get]](key, value) and returns true.</summary>
    bool TryGetOwnProperty(TValue value, string key, out TValue result);

    /// <summary>? Get(value, key): used for an Error's "name".</summary>
    TValue Get(TValue value, string key);

    /// <summary>? value.[[GetOwnProperty]](key) when it is a data descriptor: used for an Error's "message" and "cause".</summary>
    bool TryGetOwnDataProperty(TValue value, string key, out TValue result);

    /// <summary>? ToString(value).</summary>
    string ToString(TValue value);

    /// <summary>An Error's stack text, if it has one (accompanying data the spec leaves to user agents).</summary>
    string? GetErrorStack(TValue value);

    /// <summary>The Blob (or File) behind a Blob platform object.</summary>
    Blob GetBlob(TValue value);

    /// <summary>The serializable platform object behind a value of kind <see cref="RealmValueKind.SerializablePlatformObject"/>.</summary>
    ISerializablePlatformObject GetSerializable(TValue value);

    /// <summary>The transferable platform object behind <paramref name="value"/>, or null when it is not one.</summary>
    ITransferable? GetTransferable(TValue value);
}
