using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using WebMessaging.Cloning.Packed;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Cloning;

/// <summary>
/// The .NET realm: plain CLR values on both sides of a structured clone. It reads CLR values
/// as JavaScript values (a Dictionary is an object, a List an Array, a long a Number, ...) and
/// builds CLR values from serialized records. The mapping, both ways, is in
/// docs/clr-value-mapping.md.
/// </summary>
public sealed class ClrRealm : IRealmReader<object?>, IRealmWriter<object?>, IRealm, IPackingRealm
{
    private static readonly object BoxedTrue = true;
    private static readonly object BoxedFalse = false;
    private static readonly object BoxedZero = 0.0;

    // The shape of the type Classify last told by its shape (after every other kind): a
    // run of values of one type, such as a protocol's messages, skips the other tests.
    private static ClrTypeShape? s_lastShapeClassified;

    // This thread's serializer and deserializer of packed port messages.
    [ThreadStatic]
    private static PackedSerializer<object?, ClrRealmAccessor>? t_packer;
    [ThreadStatic]
    private static PackedDeserializer<object?, ClrRealmAccessor>? t_unpacker;

    private readonly Dictionary<string, ClrPlatformInterface> _interfaces;

    /// <summary>Creates a realm where no platform object interface is exposed.</summary>
    public ClrRealm()
        : this([])
    {
    }

    /// <summary>Creates a realm where <paramref name="exposedInterfaces"/> are exposed, so their objects can be deserialized or received.</summary>
    public ClrRealm(IEnumerable<ClrPlatformInterface> exposedInterfaces)
    {
        ArgumentNullException.ThrowIfNull(exposedInterfaces);
        _interfaces = new Dictionary<string, ClrPlatformInterface>(StringComparer.Ordinal);
        foreach (ClrPlatformInterface exposed in exposedInterfaces)
        {
            if (!_interfaces.TryAdd(exposed.Name, exposed))
            {
                throw new ArgumentException($"The interface '{exposed.Name}' is exposed twice.", nameof(exposedInterfaces));
            }
        }
    }

    /// <summary>A shared realm with no platform object interface exposed.</summary>
    public static ClrRealm Default { get; } = new();

    /// <summary>Whether the interface named <paramref name="interfaceName"/> is exposed in this realm.</summary>
    public bool IsExposed(string interfaceName) => _interfaces.ContainsKey(interfaceName);

    /// <summary>StructuredSerialize(value): serializes a CLR value graph.</summary>
    public SerializedValue Serialize(object? value) => StructuredClone.Serialize<object?, ClrRealmAccessor>(new(this), value);

    /// <summary>StructuredSerializeWithTransfer(value, transferList) for CLR values.</summary>
    public SerializedWithTransfer SerializeWithTransfer(object? value, IReadOnlyList<object?> transferList) =>
        StructuredClone.SerializeWithTransfer<object?, ClrRealmAccessor>(new(this), value, transferList);

    /// <summary>StructuredDeserialize(serialized, this realm).</summary>
    public object? Deserialize(SerializedValue serialized) => StructuredClone.Deserialize<object?, ClrRealmAccessor>(new(this), serialized);

    /// <summary>StructuredDeserializeWithTransfer(serializeWithTransferResult, this realm).</summary>
    public DeserializedWithTransfer<object?> DeserializeWithTransfer(SerializedWithTransfer serializeWithTransferResult) =>
        StructuredClone.DeserializeWithTransfer<object?, ClrRealmAccessor>(new(this), serializeWithTransferResult);

    /// <summary>
    /// Whether reading <paramref name="value"/>'s properties or elements runs none of the
    /// application's code: BCL dictionaries, lists and arrays, records, anonymous types and
    /// auto-properties.
    /// </summary>
    internal static bool ReadsWithoutUserCode(object? value) =>
        value is Dictionary<string, object?> or List<object?> || (value is not null && ClrTypeShape.For(value.GetType()).ReadsWithoutUserCode);

    /// <inheritdoc />
    bool IPackingRealm.TryPack(object? value, out PackedMessage packed) =>
        PackedSerializer<object?, ClrRealmAccessor>.TryPack(ref t_packer, new(this), value, out packed);

    /// <inheritdoc />
    object? IPackingRealm.Unpack(in PackedMessage packed) =>
        PackedDeserializer<object?, ClrRealmAccessor>.Unpack(ref t_unpacker, new(this), packed);

    /// <inheritdoc />
    object? IPackingRealm.UnpackAndRelease(in PackedMessage packed, bool moreFollow) =>
        PackedDeserializer<object?, ClrRealmAccessor>.Unpack(ref t_unpacker, new(this), packed, release: true, moreFollow);

    // ---------------------------------------------------------------- reading

    /// <inheritdoc />
    public IEqualityComparer<object?> IdentityComparer => ReferenceEqualityComparer.Instance;

    /// <inheritdoc />
    public RealmValueKind Classify(object? value)
    {
        // The most common types of JSON-like data come first.
        switch (value)
        {
            case null:
                return RealmValueKind.Null;
            case string:
                return RealmValueKind.String;
            case double or int:
                return RealmValueKind.Number;
            case bool:
                return RealmValueKind.Boolean;
            case Dictionary<string, object?>:
                return RealmValueKind.Object;
            case List<object?>:
                return RealmValueKind.Array;
            case not null when s_lastShapeClassified is { } last && ReferenceEquals(last.Type, value.GetType()):
                // A value of the type this method last classified by its shape (below).
                return last.ValueKind;
            case long or float or decimal or short or byte or sbyte or ushort or uint or ulong or Half or nint or nuint:
                return RealmValueKind.Number;
            case Values.Undefined:
                return RealmValueKind.Undefined;
            case BigInteger or Int128 or UInt128:
                return RealmValueKind.BigInt;
            case char or Guid:
                return RealmValueKind.String;
            case Enum:
                return RealmValueKind.Number;
            case PrimitiveWrapper wrapper:
                return wrapper.Value switch
                {
                    bool => RealmValueKind.BooleanObject,
                    double => RealmValueKind.NumberObject,
                    BigInteger => RealmValueKind.BigIntObject,
                    _ => RealmValueKind.StringObject,
                };
            case DateTime or DateTimeOffset or JsDate:
                return RealmValueKind.Date;
            case Regex or JsRegExp:
                return RealmValueKind.RegExp;
            case byte[] or Values.ArrayBuffer or ReadOnlyMemory<byte> or Memory<byte> or ArraySegment<byte>:
                return RealmValueKind.ArrayBuffer;
            case ArrayBufferView:
                return RealmValueKind.ArrayBufferView;
            case JsMap:
                return RealmValueKind.Map;
            case JsSet:
                return RealmValueKind.Set;
            case JsArray:
                return RealmValueKind.Array;
            case Exception:
                return RealmValueKind.Error;
            case Blob:
                return RealmValueKind.Blob;
            case Delegate:
                return RealmValueKind.Callable;
            case ISerializablePlatformObject:
                return RealmValueKind.SerializablePlatformObject;
            case ITransferable:
                return RealmValueKind.PlatformObject;
            case WeakReference or Task or ValueTask or MemberInfo or Stream or Thread or CancellationToken or WaitHandle or Lazy<object?> or IAsyncResult:
                // Like WeakRef, Promise and host objects: state that cannot be copied.
                return RealmValueKind.OtherInternalSlots;
            default:
                if (value.GetType().IsGenericType && value.GetType().GetGenericTypeDefinition() == typeof(WeakReference<>))
                {
                    return RealmValueKind.OtherInternalSlots;
                }

                ClrTypeShape shape = ClrTypeShape.For(value.GetType());
                s_lastShapeClassified = shape;
                return shape.ValueKind;
        }
    }

    /// <inheritdoc />
    public string Describe(object? value) => value switch
    {
        null => "null",
        Values.Undefined => "undefined",
        string or char or Guid => "string",
        bool => "boolean",
        Delegate => "function",
        ITransferable transferable => transferable.InterfaceName,
        ISerializablePlatformObject serializable => serializable.InterfaceName,
        Values.ArrayBuffer => "ArrayBuffer",
        byte[] => "byte[]",
        _ when SameValueZeroComparer.TryGetNumber(value, out _) => "number",
        _ => FriendlyTypeName(value.GetType()),
    };

    /// <inheritdoc />
    public bool GetBoolean(object? value) => value switch
    {
        bool b => b,
        PrimitiveWrapper { Value: bool b } => b,
        _ => throw WrongKind(value, "Boolean"),
    };

    /// <inheritdoc />
    public double GetNumber(object? value)
    {
        switch (value)
        {
            case double d:
                return d;
            case int i:
                return i;
            case nint n:
                return n;
            case nuint u:
                return u;
            case Enum e:
                return ((IConvertible)e).ToDouble(CultureInfo.InvariantCulture);
            case PrimitiveWrapper { Value: double d }:
                return d;
            default:
                // IMPLEMENTATION DEFINED: integers beyond 2^53 and decimals round to the
                // nearest double, as Number(x) does in JavaScript.
                return SameValueZeroComparer.TryGetNumber(value!, out double number) ? number : throw WrongKind(value, "Number");
        }
    }

    /// <inheritdoc />
    public BigInteger GetBigInt(object? value) => value switch
    {
        BigInteger i => i,
        Int128 i => i,
        UInt128 u => u,
        PrimitiveWrapper { Value: BigInteger i } => i,
        _ => throw WrongKind(value, "BigInt"),
    };

    /// <inheritdoc />
    public string GetString(object? value) => value switch
    {
        string s => s,
        char c => c.ToString(),
        Guid g => g.ToString("D"),
        PrimitiveWrapper { Value: string s } => s,
        _ => throw WrongKind(value, "String"),
    };

    /// <inheritdoc />
    public double GetDateValue(object? value) => value switch
    {
        // IMPLEMENTATION DEFINED: a DateTime of unspecified kind counts as UTC (so results do
        // not depend on the machine's time zone); ticks below a millisecond are dropped,
        // truncating toward zero like TimeClip.
        DateTime dateTime => MillisecondsSinceEpoch((dateTime.Kind == DateTimeKind.Local ? dateTime.ToUniversalTime() : dateTime).Ticks),
        DateTimeOffset offset => MillisecondsSinceEpoch(offset.UtcTicks),
        JsDate date => date.TimeValue,
        _ => throw WrongKind(value, "Date"),
    };

    /// <inheritdoc />
    public (string Source, string Flags) GetRegExp(object? value) => value switch
    {
        JsRegExp regExp => (regExp.Source, regExp.Flags),
        Regex regex => (regex.ToString(), JsRegExp.FlagsOf(regex)),
        _ => throw WrongKind(value, "RegExp"),
    };

    /// <inheritdoc />
    public ArrayBufferContents GetArrayBuffer(object? value) => value switch
    {
        Values.ArrayBuffer buffer => new ArrayBufferContents(buffer.Data, buffer.ByteLength, buffer.MaxByteLength, buffer.IsDetached, IsShared: false, CanDetach: true),
        byte[] bytes => new ArrayBufferContents(bytes, bytes.Length, null, IsDetached: false, IsShared: false, CanDetach: false),
        ReadOnlyMemory<byte> memory => ContentsOf(memory),
        Memory<byte> memory => ContentsOf(memory),
        ArraySegment<byte> segment => ContentsOf(segment),
        _ => throw WrongKind(value, "ArrayBuffer"),
    };

    /// <inheritdoc />
    public void DetachArrayBuffer(object? value)
    {
        if (value is not Values.ArrayBuffer buffer)
        {
            throw new DataCloneException($"{Describe(value)} could not be detached: only a WebMessaging.Values.ArrayBuffer can be.");
        }

        buffer.Detach();
    }

    /// <inheritdoc />
    public ArrayBufferViewInfo<object?> GetArrayBufferView(object? value) => value is ArrayBufferView view
        ? new ArrayBufferViewInfo<object?>(view.Kind, view.Buffer, view.ByteOffset, view.FixedLength, view.IsOutOfBounds)
        : throw WrongKind(value, "ArrayBufferView");

    /// <inheritdoc />
    public void CopyMapEntries(object? value, List<KeyValuePair<object?, object?>> copiedList)
    {
        switch (value)
        {
            case JsMap map:
                map.CopyEntriesTo(copiedList);
                break;
            case IDictionary dictionary:
                IDictionaryEnumerator enumerator = dictionary.GetEnumerator();
                while (enumerator.MoveNext())
                {
                    copiedList.Add(new KeyValuePair<object?, object?>(enumerator.Key, enumerator.Value));
                }

                break;
            default:
                throw WrongKind(value, "Map");
        }
    }

    /// <inheritdoc />
    public void CopySetEntries(object? value, List<object?> copiedList)
    {
        switch (value)
        {
            case JsSet set:
                set.CopyMembersTo(copiedList);
                break;
            case HashSet<object?> hashSet:
                foreach (object? member in hashSet)
                {
                    copiedList.Add(member);
                }

                break;
            case IEnumerable members:
                foreach (object? member in members)
                {
                    copiedList.Add(member);
                }

                break;
            default:
                throw WrongKind(value, "Set");
        }
    }

    /// <inheritdoc />
    public uint GetArrayLength(object? value)
    {
        switch (value)
        {
            case List<object?> list:
                return (uint)list.Count;
            case JsArray array:
                return array.Length;
            case ICollection collection:
                return (uint)collection.Count;
            default:
                uint count = 0;
                foreach (object? _ in (IEnumerable)value!)
                {
                    count++;
                }

                return count;
        }
    }

    /// <inheritdoc />
    public void GetEnumerableOwnProperties(object? value, List<OwnProperty<object?>> keys)
    {
        // A run of values of one plain type (a protocol's messages) skips the tests below.
        if (value is not null && ClrTypeShape.LastIfFor(value.GetType()) is { Kind: ClrShapeKind.PropertyBag } lastShape)
        {
            foreach (ClrPropertyGetter property in lastShape.Properties)
            {
                keys.Add(new OwnProperty<object?>(property.Name, property.Get(value), true));
            }

            return;
        }

        switch (value)
        {
            case Dictionary<string, object?> dictionary:
                foreach (var entry in dictionary)
                {
                    keys.Add(new OwnProperty<object?>(entry.Key, entry.Value, true));
                }

                return;

            case List<object?> list:
                for (int i = 0; i < list.Count; i++)
                {
                    keys.Add(new OwnProperty<object?>(ArrayIndex.ToKey(i), list[i], true));
                }

                return;

            case JsArray array:
                foreach (var element in array.Elements)
                {
                    if (element.Key < array.Length)
                    {
                        keys.Add(new OwnProperty<object?>(ArrayIndex.ToKey(element.Key), element.Value, true));
                    }
                }

                foreach (var property in array.Properties)
                {
                    keys.Add(new OwnProperty<object?>(property.Key, property.Value, true));
                }

                return;

            case IDictionary<string, object?> dictionary:
                foreach (var entry in dictionary)
                {
                    keys.Add(new OwnProperty<object?>(entry.Key, entry.Value, true));
                }

                return;

            case IReadOnlyDictionary<string, object?> dictionary:
                foreach (var entry in dictionary)
                {
                    keys.Add(new OwnProperty<object?>(entry.Key, entry.Value, true));
                }

                return;
        }

        ClrTypeShape shape = ClrTypeShape.For(value!.GetType());
        switch (shape.Kind)
        {
            case ClrShapeKind.PropertyBag:
                foreach (ClrPropertyGetter property in shape.Properties)
                {
                    keys.Add(new OwnProperty<object?>(property.Name, property.Get(value), true));
                }

                break;

            case ClrShapeKind.StringKeyedDictionary:
                IDictionaryEnumerator enumerator = ((IDictionary)value).GetEnumerator();
                while (enumerator.MoveNext())
                {
                    keys.Add(new OwnProperty<object?>((string)enumerator.Key, enumerator.Value, true));
                }

                break;

            case ClrShapeKind.List:
                IList items = (IList)value;
                for (int i = 0; i < items.Count; i++)
                {
                    keys.Add(new OwnProperty<object?>(ArrayIndex.ToKey(i), items[i], true));
                }

                break;

            default:
                uint index = 0;
                foreach (object? item in (IEnumerable)value)
                {
                    keys.Add(new OwnProperty<object?>(ArrayIndex.ToKey(index), item, true));
                    index++;
                }

                break;
        }
    }

    /// <inheritdoc />
    public bool TryGetDenseElements(object? value, List<object?> elements)
    {
        switch (value)
        {
            case List<object?> list:
                elements.AddRange(CollectionsMarshal.AsSpan(list));
                return true;

            case JsArray:
                // Holes and extra properties: listed by key.
                return false;

            case IList items:
                elements.EnsureCapacity(elements.Count + items.Count);
                for (int i = 0; i < items.Count; i++)
                {
                    elements.Add(items[i]);
                }

                return true;

            case IEnumerable sequence:
                // Enumerated once: its length is the count of its items.
                foreach (object? item in sequence)
                {
                    elements.Add(item);
                }

                return true;

            default:
                return false;
        }
    }

    /// <inheritdoc />
    public bool TryGetOwnProperty(object? value, string key, out object? result)
    {
        // Every key this realm lists comes with its value, so this is only a fallback.
        switch (value)
        {
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(key, out result);
            case JsArray array:
                if (ArrayIndex.TryParse(key, out uint index) && index < array.Length)
                {
                    return array.Elements.TryGetValue(index, out result);
                }

                return array.Properties.TryGetValue(key, out result);
            case null:
                result = null;
                return false;
        }

        foreach (ClrPropertyGetter property in ClrTypeShape.For(value.GetType()).Properties)
        {
            if (property.Name == key)
            {
                result = property.Get(value);
                return true;
            }
        }

        result = null;
        return false;
    }

    /// <inheritdoc />
    public object? Get(object? value, string key) => value is Exception exception && key == "name"
        ? ErrorNameOf(exception)
        : TryGetOwnProperty(value, key, out object? result) ? result : Values.Undefined.Value;

    /// <inheritdoc />
    public bool TryGetOwnDataProperty(object? value, string key, out object? result)
    {
        switch (value, key)
        {
            case (JsError error, "message"):
                result = error.Message;
                return error.HasMessage;
            case (JsError error, "cause"):
                result = error.Cause;
                return error.HasCause;
            case (Exception exception, "message"):
                result = exception.Message;
                return true;
            case (Exception exception, "cause"):
                result = exception.InnerException;
                return exception.InnerException is not null;
            default:
                return TryGetOwnProperty(value, key, out result);
        }
    }

    /// <inheritdoc />
    public string ToString(object? value) => value switch
    {
        string s => s,
        null => "null",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <inheritdoc />
    public string? GetErrorStack(object? value) => value switch
    {
        JsError error => error.JsStack,
        Exception exception => exception.StackTrace,
        _ => null,
    };

    /// <inheritdoc />
    public Blob GetBlob(object? value) => value as Blob ?? throw WrongKind(value, "Blob");

    /// <inheritdoc />
    public ISerializablePlatformObject GetSerializable(object? value) =>
        value as ISerializablePlatformObject ?? throw WrongKind(value, "serializable platform object");

    /// <inheritdoc />
    public ITransferable? GetTransferable(object? value) => value as ITransferable;

    /// <summary>
    /// The Error name a CLR exception becomes: a <see cref="JsError"/> keeps its own; out of
    /// range and overflow are RangeError, URI format is URIError, other format errors are
    /// SyntaxError, argument, cast, null reference, not supported and invalid operation errors
    /// are TypeError, and everything else is Error.
    /// </summary>
    public static string ErrorNameOf(Exception exception) => exception switch
    {
        JsError error => ErrorNames.Canonicalize(error.Name),
        ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException => "RangeError",
        UriFormatException => "URIError",
        FormatException => "SyntaxError",
        ArgumentException or InvalidCastException or NullReferenceException or NotSupportedException or InvalidOperationException => "TypeError",
        _ => "Error",
    };

    // ---------------------------------------------------------------- writing

    /// <inheritdoc />
    public object? Undefined => Values.Undefined.Value;

    /// <inheritdoc />
    public object? Null => null;

    /// <inheritdoc />
    public object? CreateBoolean(bool value) => value ? BoxedTrue : BoxedFalse;

    /// <inheritdoc />
    public object? CreateNumber(double value) => BitConverter.DoubleToInt64Bits(value) == 0 ? BoxedZero : value;

    /// <inheritdoc />
    public object? CreateBigInt(BigInteger value) => value;

    /// <inheritdoc />
    public object? CreateString(string value) => value;

    /// <inheritdoc />
    public object? CreatePrimitiveWrapper(SerializedValue primitive) => primitive.Kind switch
    {
        SerializedKind.Boolean => new PrimitiveWrapper(primitive.AsBoolean()),
        SerializedKind.Number => new PrimitiveWrapper(primitive.AsNumber()),
        SerializedKind.BigInt => new PrimitiveWrapper(primitive.AsBigInt()),
        _ => new PrimitiveWrapper(primitive.AsString()),
    };

    /// <inheritdoc />
    public object? CreateDate(double timeValue)
    {
        var date = new JsDate(timeValue);
        return date.ToDateTimeOffset() is { } offset ? offset : date;
    }

    /// <inheritdoc />
    public object? CreateRegExp(string source, string flags) => new JsRegExp(source, flags);

    /// <inheritdoc />
    public object? CreateArrayBuffer(byte[] data, int byteLength, int? maxByteLength) => new Values.ArrayBuffer(data, byteLength, maxByteLength);

    /// <inheritdoc />
    public object? CreateArrayBufferView(ArrayBufferViewKind kind, object? buffer, int byteOffset, int? length)
    {
        if (buffer is not Values.ArrayBuffer arrayBuffer)
        {
            throw new DataCloneException($"A {kind} could not be deserialized: its buffer is a {Describe(buffer)}, not an ArrayBuffer.");
        }

        try
        {
            return new ArrayBufferView(kind, arrayBuffer, byteOffset, length);
        }
        catch (ArgumentException e)
        {
            throw new DataCloneException($"A {kind} could not be deserialized: {e.Message}");
        }
    }

    /// <inheritdoc />
    public object? CreateMap(int capacity) => new JsMap(capacity);

    /// <inheritdoc />
    public void AppendMapEntry(object? map, object? key, object? value) => ((JsMap)map!).Set(key, value);

    /// <inheritdoc />
    public object? CreateSet(int capacity) => new JsSet(capacity);

    /// <inheritdoc />
    public void AppendSetEntry(object? set, object? value) => ((JsSet)set!).Add(value);

    /// <inheritdoc />
    public object? CreateArray(uint length, bool isDense) =>
        isDense && length <= int.MaxValue ? new List<object?>((int)length) : new JsArray(length);

    /// <inheritdoc />
    public void SetArrayElement(object? array, uint index, object? value)
    {
        if (array is List<object?> list)
        {
            // A dense array's elements arrive in index order.
            list.Add(value);
        }
        else
        {
            ((JsArray)array!)[index] = value;
        }
    }

    /// <inheritdoc />
    public object? CreateObject(int propertyCount) => new Dictionary<string, object?>(propertyCount);

    /// <inheritdoc />
    public void CreateDataProperty(object? target, string key, object? value)
    {
        switch (target)
        {
            case Dictionary<string, object?> dictionary:
                dictionary[key] = value;
                break;
            case JsArray array:
                array.Properties[key] = value;
                break;
            default:
                throw new InvalidOperationException($"A property '{key}' cannot be created on a {Describe(target)}.");
        }
    }

    /// <inheritdoc />
    public object? CreateError(string name, string? message, string? stack) => new JsError(name, message, stack);

    /// <inheritdoc />
    public void SetErrorCause(object? error, object? cause) => ((JsError)error!).SetCause(cause);

    /// <inheritdoc />
    public object? CreateBlob(Blob blob) => blob;

    /// <inheritdoc />
    public object? CreatePlatformObject(string interfaceName) => ExposedInterface(interfaceName, "deserialized").CreateInstance();

    /// <inheritdoc />
    public void DeserializationSteps(object? value, PlatformObjectRecord serialized, ISubDeserializer<object?> subDeserializer)
    {
        ClrPlatformInterface exposed = ExposedInterface(serialized.InterfaceName, "deserialized");
        if (exposed.DeserializationSteps is not { } steps)
        {
            throw new DataCloneException($"{serialized.InterfaceName} could not be deserialized: the interface has no deserialization steps in the target realm.");
        }

        steps(value!, serialized, subDeserializer);
    }

    /// <inheritdoc />
    public object? ReceiveTransfer(TransferDataHolder dataHolder)
    {
        ClrPlatformInterface exposed = ExposedInterface(dataHolder.Type, "received");
        if (exposed.TransferReceivingSteps is not { } steps)
        {
            throw new DataCloneException($"{dataHolder.Type} could not be received: the interface has no transfer-receiving steps in the target realm.");
        }

        object value = exposed.CreateInstance();
        steps(dataHolder, value);
        return value;
    }

    private ClrPlatformInterface ExposedInterface(string interfaceName, string verb) =>
        _interfaces.TryGetValue(interfaceName, out ClrPlatformInterface? exposed)
            ? exposed
            : throw new DataCloneException($"{interfaceName} could not be {verb}: the interface is not exposed in the target realm.");

    private static ArrayBufferContents ContentsOf(ReadOnlyMemory<byte> memory)
    {
        // Only the bytes are read (to be copied), so a segment of a larger array is copied out first.
        byte[] data = MemoryMarshal.TryGetArray(memory, out ArraySegment<byte> segment) && segment.Offset == 0
            ? segment.Array!
            : memory.ToArray();
        return new ArrayBufferContents(data, memory.Length, null, IsDetached: false, IsShared: false, CanDetach: false);
    }

    private static double MillisecondsSinceEpoch(long utcTicks) => (utcTicks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;

    private InvalidOperationException WrongKind(object? value, string kind) =>
        new($"The CLR realm was asked for the {kind} data of a {Describe(value)}.");

    private static string FriendlyTypeName(Type type)
    {
        if (!type.IsGenericType)
        {
            return type.Name;
        }

        string name = type.Name;
        int tick = name.IndexOf('`', StringComparison.Ordinal);
        return (tick < 0 ? name : name[..tick]) + "<" + string.Join(", ", Array.ConvertAll(type.GetGenericArguments(), FriendlyTypeName)) + ">";
    }
}
