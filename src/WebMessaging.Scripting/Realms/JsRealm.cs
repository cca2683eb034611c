using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.TypedArray;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Packed;
using WebMessaging.Cloning.Records;
using Blob = WebMessaging.Values.Blob;
using JsArray = Jint.Native.JsArray;
using JsDate = Jint.Native.JsDate;
using JsMap = Jint.Native.JsMap;
using JsRegExp = Jint.Native.JsRegExp;
using JsSet = Jint.Native.JsSet;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// The JavaScript realm of one <see cref="Jint.Engine"/> (one window or worker) for structured
/// cloning: it serializes Jint values as StructuredSerializeInternal sees them (running
/// getters, throwing a <see cref="DataCloneException"/> for what cannot be cloned), and builds
/// values from serialized records with this engine's own intrinsics, so that a received Map is
/// an instance of this realm's Map and nothing of the sender's realm leaks in.
/// </summary>
/// <remarks>
/// Create the realm before page scripts run: it keeps the engine's original constructors and
/// prototype methods (Date, DataView, the Error constructors, the wrappers' valueOf, the stack
/// getter), so that a script replacing them later changes nothing. Values boxed as
/// <see cref="object"/> through <see cref="IRealm"/> are <see cref="JsValue"/>s.
/// </remarks>
public sealed class JsRealm : IRealm, IPackingRealm
{
    private const int KeyCacheSize = 256;

    private static readonly JsString LengthKey = new("length");

    // This thread's serializer and deserializer of packed port messages.
    [ThreadStatic]
    private static PackedSerializer<JsValue, JsRealmAccessor>? t_packer;
    [ThreadStatic]
    private static PackedDeserializer<JsValue, JsRealmAccessor>? t_unpacker;

    private readonly Dictionary<string, JsPlatformInterface> _interfaces = new(StringComparer.Ordinal);
    private readonly Constructor _dateConstructor;
    private readonly Constructor _dataViewConstructor;
    private readonly Constructor _errorConstructor;
    private readonly Constructor _evalErrorConstructor;
    private readonly Constructor _rangeErrorConstructor;
    private readonly Constructor _referenceErrorConstructor;
    private readonly Constructor _syntaxErrorConstructor;
    private readonly Constructor _typeErrorConstructor;
    private readonly Constructor _uriErrorConstructor;
    private readonly JsValue _booleanValueOf;
    private readonly JsValue _numberValueOf;
    private readonly JsValue _stringValueOf;
    private readonly JsValue _bigIntValueOf;
    private readonly JsValue _errorStackGetter;

    // Property keys listed by GetEnumerableOwnProperties, by the identity of their string, so
    // that reading the property back needs neither a new JsString nor a dictionary lookup.
    private readonly JsValue?[] _keyCacheValues = new JsValue?[KeyCacheSize];
    private readonly string?[] _keyCacheStrings = new string?[KeyCacheSize];

    /// <summary>Creates the realm of <paramref name="engine"/>; call it before page scripts run.</summary>
    public JsRealm(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        ObjectInstance global = engine.Global;
        _dateConstructor = Intrinsic<Constructor>(global, "Date");
        _dataViewConstructor = Intrinsic<Constructor>(global, "DataView");
        _errorConstructor = Intrinsic<Constructor>(global, "Error");
        _evalErrorConstructor = Intrinsic<Constructor>(global, "EvalError");
        _rangeErrorConstructor = Intrinsic<Constructor>(global, "RangeError");
        _referenceErrorConstructor = Intrinsic<Constructor>(global, "ReferenceError");
        _syntaxErrorConstructor = Intrinsic<Constructor>(global, "SyntaxError");
        _typeErrorConstructor = Intrinsic<Constructor>(global, "TypeError");
        _uriErrorConstructor = Intrinsic<Constructor>(global, "URIError");
        _booleanValueOf = PrototypeMethod(global, "Boolean", "valueOf");
        _numberValueOf = PrototypeMethod(global, "Number", "valueOf");
        _stringValueOf = PrototypeMethod(global, "String", "valueOf");
        _bigIntValueOf = PrototypeMethod(global, "BigInt", "valueOf");
        PropertyDescriptor stack = ((ObjectInstance)_errorConstructor.Get("prototype")).GetOwnProperty("stack");
        _errorStackGetter = stack.IsAccessorDescriptor() && stack.Get is { } getter && getter.IsCallable() ? getter : JsValue.Undefined;
    }

    /// <summary>The engine whose values this realm clones.</summary>
    public Engine Engine { get; }

    /// <summary>
    /// Maps the bindings' wrapper objects to core platform objects and back; without one, no
    /// object of this realm is a platform object and no Blob can be deserialized into it.
    /// </summary>
    public IPlatformObjectBridge? Bridge { get; set; }

    /// <summary>Exposes a platform object interface, so that its objects can be deserialized or received in this realm.</summary>
    public void Expose(JsPlatformInterface exposedInterface)
    {
        ArgumentNullException.ThrowIfNull(exposedInterface);
        if (!_interfaces.TryAdd(exposedInterface.Name, exposedInterface))
        {
            throw new ArgumentException($"The interface '{exposedInterface.Name}' is exposed twice.", nameof(exposedInterface));
        }
    }

    /// <summary>Whether the interface named <paramref name="interfaceName"/> is exposed in this realm.</summary>
    public bool IsExposed(string interfaceName) => _interfaces.ContainsKey(interfaceName);

    /// <summary>StructuredSerialize(value): a JavaScript exception thrown by a getter propagates as Jint's <see cref="JavaScriptException"/>.</summary>
    public SerializedValue Serialize(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return StructuredClone.Serialize<JsValue, JsRealmAccessor>(new(this), value);
    }

    /// <summary>StructuredSerializeForStorage(value): as <see cref="Serialize"/>, but a SharedArrayBuffer is a DataCloneError.</summary>
    public SerializedValue SerializeForStorage(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return StructuredClone.SerializeForStorage<JsValue, JsRealmAccessor>(new(this), value);
    }

    /// <summary>StructuredSerializeWithTransfer(value, transferList): transferred ArrayBuffers are detached, transferred platform objects run their transfer steps.</summary>
    public SerializedWithTransfer SerializeWithTransfer(JsValue value, IReadOnlyList<JsValue> transferList)
    {
        ArgumentNullException.ThrowIfNull(value);
        return StructuredClone.SerializeWithTransfer<JsValue, JsRealmAccessor>(new(this), value, transferList);
    }

    /// <summary>StructuredDeserialize(serialized, this realm).</summary>
    public JsValue Deserialize(SerializedValue serialized) => StructuredClone.Deserialize<JsValue, JsRealmAccessor>(new(this), serialized);

    /// <summary>StructuredDeserializeWithTransfer(serializeWithTransferResult, this realm): a transferred ArrayBuffer adopts the sender's bytes without copying.</summary>
    public DeserializedWithTransfer<JsValue> DeserializeWithTransfer(SerializedWithTransfer serializeWithTransferResult) =>
        StructuredClone.DeserializeWithTransfer<JsValue, JsRealmAccessor>(new(this), serializeWithTransferResult);

    /// <summary>The transferable platform object (e.g. a MessagePort) <paramref name="value"/> wraps, or null.</summary>
    public ITransferable? GetTransferable(JsValue value) =>
        value is ObjectInstance obj && JintObjectKinds.Of(obj) == JintObjectKind.Host ? Bridge?.GetPlatformObject(obj) as ITransferable : null;

    /// <inheritdoc />
    /// <remarks>
    /// A CLR value (not a JsValue) comes from host code posting through this window (a .NET
    /// test posting on a page's behalf): it is serialized by the .NET realm, since records are
    /// engine-neutral, and arrives in the receiver just as if a script had posted its equivalent.
    /// </remarks>
    SerializedValue IRealm.Serialize(object? value) =>
        IsHostValue(value) ? ClrRealm.Default.Serialize(value) : Serialize(AsJsValue(value));

    /// <inheritdoc />
    SerializedWithTransfer IRealm.SerializeWithTransfer(object? value, IReadOnlyList<object?> transferList)
    {
        ArgumentNullException.ThrowIfNull(transferList);
        if (IsHostValue(value) && !ContainsJsValue(transferList))
        {
            return ClrRealm.Default.SerializeWithTransfer(value, transferList);
        }

        var list = new JsValue[transferList.Count];
        for (int i = 0; i < list.Length; i++)
        {
            list[i] = AsJsValue(transferList[i]);
        }

        return SerializeWithTransfer(AsJsValue(value), list);
    }

    /// <inheritdoc />
    object? IRealm.Deserialize(SerializedValue serialized) => Deserialize(serialized);

    /// <inheritdoc />
    DeserializedWithTransfer<object?> IRealm.DeserializeWithTransfer(SerializedWithTransfer serializeWithTransferResult)
    {
        DeserializedWithTransfer<JsValue> result = DeserializeWithTransfer(serializeWithTransferResult);
        var transferred = new object?[result.TransferredValues.Count];
        for (int i = 0; i < transferred.Length; i++)
        {
            transferred[i] = result.TransferredValues[i];
        }

        return new DeserializedWithTransfer<object?>(result.Deserialized, transferred);
    }

    /// <inheritdoc />
    ITransferable? IRealm.GetTransferable(object? value) => value is JsValue jsValue ? GetTransferable(jsValue) : null;

    /// <inheritdoc />
    /// <remarks>A CLR value (host code posting on a page's behalf) is packed by the .NET realm, as it is serialized by it.</remarks>
    bool IPackingRealm.TryPack(object? value, out PackedMessage packed) =>
        IsHostValue(value)
            ? ((IPackingRealm)ClrRealm.Default).TryPack(value, out packed)
            : PackedSerializer<JsValue, JsRealmAccessor>.TryPack(ref t_packer, new(this), AsJsValue(value), out packed);

    /// <inheritdoc />
    object? IPackingRealm.Unpack(in PackedMessage packed) =>
        PackedDeserializer<JsValue, JsRealmAccessor>.Unpack(ref t_unpacker, new(this), packed);

    /// <inheritdoc />
    object? IPackingRealm.UnpackAndRelease(in PackedMessage packed, bool moreFollow) =>
        PackedDeserializer<JsValue, JsRealmAccessor>.Unpack(ref t_unpacker, new(this), packed, release: true, moreFollow);

    // ---------------------------------------------------------------- reading

    internal RealmValueKind Classify(JsValue value)
    {
        switch (value.Type)
        {
            case Types.Object:
                return ClassifyObject((ObjectInstance)value);
            case Types.String:
                return RealmValueKind.String;
            case Types.Number:
                return RealmValueKind.Number;
            case Types.Boolean:
                return RealmValueKind.Boolean;
            case Types.Null:
                return RealmValueKind.Null;
            case Types.BigInt:
                return RealmValueKind.BigInt;
            case Types.Symbol:
                return RealmValueKind.Symbol;
            default:
                return RealmValueKind.Undefined;
        }
    }

    private RealmValueKind ClassifyObject(ObjectInstance value)
    {
        JintObjectKind kind = JintObjectKinds.Of(value);
        switch (kind)
        {
            case JintObjectKind.Ordinary:
                return value is not JsObject && value.IsCallable() ? RealmValueKind.Callable : RealmValueKind.Object;
            case JintObjectKind.Array:
                return RealmValueKind.Array;
            case JintObjectKind.BooleanObject:
                return RealmValueKind.BooleanObject;
            case JintObjectKind.NumberObject:
                return RealmValueKind.NumberObject;
            case JintObjectKind.StringObject:
                return RealmValueKind.StringObject;
            case JintObjectKind.BigIntObject:
                return RealmValueKind.BigIntObject;
            case JintObjectKind.Date:
                return RealmValueKind.Date;
            case JintObjectKind.RegExp:
                return RealmValueKind.RegExp;
            case JintObjectKind.ArrayBuffer or JintObjectKind.SharedArrayBuffer:
                return RealmValueKind.ArrayBuffer;
            case JintObjectKind.TypedArray or JintObjectKind.DataView:
                return RealmValueKind.ArrayBufferView;
            case JintObjectKind.Map:
                return RealmValueKind.Map;
            case JintObjectKind.Set:
                return RealmValueKind.Set;
            case JintObjectKind.Error:
                return RealmValueKind.Error;
            case JintObjectKind.Global:
                // The global object is a Window (or a worker's global scope): a platform object.
                return Bridge?.GetPlatformObject(value) is { } platformObject ? ClassifyPlatformObject(platformObject) : RealmValueKind.PlatformObject;
            case JintObjectKind.Host:
                if (Bridge?.GetPlatformObject(value) is { } hostObject)
                {
                    return ClassifyPlatformObject(hostObject);
                }

                return value.IsCallable() ? RealmValueKind.Callable : RealmValueKind.PlatformObject;
            case JintObjectKind.Exotic:
                // "Otherwise, if IsCallable(value) is true" comes before the exotic object step.
                return value.IsCallable() ? RealmValueKind.Callable : RealmValueKind.Exotic;
            default:
                return value.IsCallable() ? RealmValueKind.Callable : RealmValueKind.OtherInternalSlots;
        }
    }

    private static RealmValueKind ClassifyPlatformObject(object platformObject) => platformObject switch
    {
        Blob => RealmValueKind.Blob,
        ISerializablePlatformObject => RealmValueKind.SerializablePlatformObject,
        _ => RealmValueKind.PlatformObject,
    };

    internal string Describe(JsValue value)
    {
        switch (value.Type)
        {
            case Types.Symbol:
                return "Symbol";
            case Types.Object:
                break;
            default:
                return value.Type.ToString().ToLowerInvariant();
        }

        var obj = (ObjectInstance)value;
        JintObjectKind kind = JintObjectKinds.Of(obj);
        if (kind is JintObjectKind.Host or JintObjectKind.Global)
        {
            switch (Bridge?.GetPlatformObject(obj))
            {
                case ITransferable transferable:
                    return transferable.InterfaceName;
                case ISerializablePlatformObject serializable:
                    return serializable.InterfaceName;
                case Values.File:
                    return "File";
                case Blob:
                    return "Blob";
            }

            if (kind == JintObjectKind.Global)
            {
                return "Window";
            }
        }

        if (obj.IsCallable())
        {
            return "function";
        }

        return kind switch
        {
            JintObjectKind.Ordinary => "Object",
            JintObjectKind.SharedArrayBuffer => "SharedArrayBuffer",
            JintObjectKind.ArrayBuffer => "ArrayBuffer",
            JintObjectKind.DataView => "DataView",
            JintObjectKind.TypedArray => ViewKindOf((JsTypedArray)obj).ToString(),
            JintObjectKind.Host => "host object",
            _ => FriendlyTypeName(obj.GetType()),
        };
    }

    internal bool GetBoolean(JsValue value) => value is JsBoolean ? value.AsBoolean() : CallIntrinsic(_booleanValueOf, value).AsBoolean();

    internal double GetNumber(JsValue value) => value is JsNumber ? value.AsNumber() : CallIntrinsic(_numberValueOf, value).AsNumber();

    internal BigInteger GetBigInt(JsValue value) => TypeConverter.ToBigInt(value is JsBigInt ? value : CallIntrinsic(_bigIntValueOf, value));

    internal string GetString(JsValue value) => value is JsString ? value.ToString() : CallIntrinsic(_stringValueOf, value).ToString();

    internal static double GetDateValue(JsValue value) => ((JsDate)value).DateValue;

    internal static (string Source, string Flags) GetRegExp(JsValue value)
    {
        var regExp = (JsRegExp)value;
        return (regExp.Source, regExp.Flags);
    }

    internal static ArrayBufferContents GetArrayBuffer(JsValue value)
    {
        var buffer = (JsArrayBuffer)value;
        if (JintObjectKinds.Of(buffer) == JintObjectKind.SharedArrayBuffer)
        {
            return new ArrayBufferContents([], 0, null, IsDetached: false, IsShared: true, CanDetach: false);
        }

        byte[]? data = JintInternals.ArrayBufferData(buffer);
        int? maxByteLength = JintInternals.ArrayBufferMaxByteLength(buffer);
        return data is null
            ? new ArrayBufferContents([], 0, maxByteLength, IsDetached: true, IsShared: false, CanDetach: true)
            : new ArrayBufferContents(data, data.Length, maxByteLength, IsDetached: false, IsShared: false, CanDetach: true);
    }

    internal static void DetachArrayBuffer(JsValue value) => JintInternals.DetachArrayBuffer((JsArrayBuffer)value, JsValue.Undefined);

    internal static ArrayBufferViewInfo<JsValue> GetArrayBufferView(JsValue value)
    {
        ArrayBufferViewKind kind;
        JsArrayBuffer buffer;
        int byteOffset;
        uint length;
        int elementSize;
        if (value is JsTypedArray typedArray)
        {
            kind = ViewKindOf(typedArray);
            buffer = JintInternals.TypedArrayBuffer(typedArray);
            byteOffset = JintInternals.TypedArrayByteOffset(typedArray);
            length = JintInternals.TypedArrayLength(typedArray);
            elementSize = ElementSize(kind);
        }
        else
        {
            kind = ArrayBufferViewKind.DataView;
            buffer = JintInternals.DataViewBuffer(value);
            byteOffset = (int)JintInternals.DataViewByteOffset(value);
            length = JintInternals.DataViewByteLength(value);
            elementSize = 1;
        }

        // IsArrayBufferViewOutOfBounds: a detached buffer, or one that shrank below the view.
        byte[]? data = JintInternals.ArrayBufferData(buffer);
        bool tracksLength = length == JintInternals.LengthAuto;
        bool isOutOfBounds = data is null
            || byteOffset > data.Length
            || (!tracksLength && byteOffset + ((long)length * elementSize) > data.Length);
        return new ArrayBufferViewInfo<JsValue>(kind, buffer, byteOffset, tracksLength ? null : (int)length, isOutOfBounds);
    }

    internal static void CopyMapEntries(JsValue value, List<KeyValuePair<JsValue, JsValue>> copiedList)
    {
        foreach (KeyValuePair<JsValue, JsValue> entry in (JsMap)value)
        {
            copiedList.Add(entry);
        }
    }

    internal static void CopySetEntries(JsValue value, List<JsValue> copiedList)
    {
        foreach (JsValue entry in (JsSet)value)
        {
            copiedList.Add(entry);
        }
    }

    internal static uint GetArrayLength(JsValue value) =>
        value is JsArray array ? array.Length : (uint)((ObjectInstance)value).Get(LengthKey).AsNumber();

    /// <summary>
    /// https://tc39.es/ecma262/#sec-enumerableownproperties with kind "key": "Let ownKeys be ?
    /// O.[[OwnPropertyKeys]](). ... For each element key of ownKeys, do: If key is a String,
    /// then: Let desc be ? O.[[GetOwnProperty]](key). If desc is not undefined and
    /// desc.[[Enumerable]] is true, then ... Append key to results."
    /// </summary>
    internal void GetEnumerableOwnProperties(JsValue value, List<OwnProperty<JsValue>> keys) =>
        ListEnumerableOwnProperties(value, keys, withDataValues: false);

    /// <summary>
    /// The own enumerable string-keyed properties of an object for the packed serializer:
    /// those of <see cref="GetEnumerableOwnProperties"/>, each data property with its value
    /// (reading a data property runs no script) and each accessor without one, at which the
    /// packed serializer gives up before any getter runs.
    /// </summary>
    internal void GetOwnDataProperties(JsValue value, List<OwnProperty<JsValue>> properties) =>
        ListEnumerableOwnProperties(value, properties, withDataValues: true);

    private void ListEnumerableOwnProperties(JsValue value, List<OwnProperty<JsValue>> properties, bool withDataValues)
    {
        var obj = (ObjectInstance)value;
        List<JsValue> ownKeys = obj.GetOwnPropertyKeys(Types.String);
        for (int i = 0; i < ownKeys.Count; i++)
        {
            JsValue key = ownKeys[i];
            PropertyDescriptor desc = obj.GetOwnProperty(key);
            if (desc != PropertyDescriptor.Undefined && desc.Enumerable)
            {
                // IMPLEMENTATION DEFINED: for StructuredSerializer, values are never handed along
                // with the keys: a getter met while serializing an earlier property may change or
                // delete a later one, so each is read when its turn comes, as the spec does. The
                // packed serializer runs no getter at all, so data values listed now stay true.
                string name = obj is JsArray ? key.ToString() : RememberKey(key);
                properties.Add(withDataValues && desc.IsDataDescriptor()
                    ? new OwnProperty<JsValue>(name, desc.Value, true)
                    : new OwnProperty<JsValue>(name, JsValue.Undefined, false));
            }
        }
    }

    /// <summary>
    /// The elements of an array for the packed serializer, when the array is exactly its
    /// indices 0 to length - 1, each an enumerable data property, and no other string-keyed
    /// own property but length: then its record is those elements and nothing else, whichever
    /// way it is made, and reading them runs no script. Otherwise false, with nothing appended.
    /// </summary>
    internal static bool TryGetDenseDataElements(JsValue value, List<JsValue> elements)
    {
        if (value is not JsArray array || array.Length > int.MaxValue)
        {
            return false;
        }

        int length = (int)array.Length;
        List<JsValue> ownKeys = array.GetOwnPropertyKeys(Types.String);

        // "length" and the indices, in ascending order as [[OwnPropertyKeys]] lists them.
        if (ownKeys.Count != length + 1)
        {
            return false;
        }

        int start = elements.Count;
        for (int i = 0; i < length; i++)
        {
            PropertyDescriptor desc = array.GetOwnProperty(ownKeys[i]);
            if (desc == PropertyDescriptor.Undefined || !desc.Enumerable || !desc.IsDataDescriptor()
                || !TryParseArrayIndex(ownKeys[i].ToString(), out uint index) || index != (uint)i)
            {
                CollectionsMarshal.SetCount(elements, start);
                return false;
            }

            elements.Add(desc.Value);
        }

        return true;
    }

    internal bool TryGetOwnProperty(JsValue value, string key, out JsValue result)
    {
        var obj = (ObjectInstance)value;

        // An array's elements are looked up by number, without making a string key.
        JsValue jsKey = obj is JsArray && TryParseArrayIndex(key, out uint index) ? JsNumber.Create(index) : KeyFor(key);
        PropertyDescriptor desc = obj.GetOwnProperty(jsKey);
        if (desc == PropertyDescriptor.Undefined)
        {
            result = JsValue.Undefined;
            return false;
        }

        result = desc.IsAccessorDescriptor() ? CallGetter(desc, obj) : desc.Value;
        return true;
    }

    internal JsValue Get(JsValue value, string key) => ((ObjectInstance)value).Get(KeyFor(key));

    internal bool TryGetOwnDataProperty(JsValue value, string key, out JsValue result)
    {
        PropertyDescriptor desc = ((ObjectInstance)value).GetOwnProperty(KeyFor(key));
        if (desc != PropertyDescriptor.Undefined && desc.IsDataDescriptor())
        {
            result = desc.Value;
            return true;
        }

        result = JsValue.Undefined;
        return false;
    }

    internal static string ToString(JsValue value) => TypeConverter.ToString(value);

    internal string? GetErrorStack(JsValue value)
    {
        // IMPLEMENTATION DEFINED: like V8, an own "stack" data property is read without
        // running script; otherwise Jint's own stack, through the original Error.prototype.stack getter.
        var error = (ObjectInstance)value;
        PropertyDescriptor own = error.GetOwnProperty("stack");
        if (own != PropertyDescriptor.Undefined)
        {
            return own.IsDataDescriptor() && own.Value is JsString stack ? stack.ToString() : null;
        }

        return _errorStackGetter.IsCallable() && CallIntrinsic(_errorStackGetter, error) is JsString captured ? captured.ToString() : null;
    }

    internal Blob GetBlob(JsValue value) =>
        Bridge?.GetPlatformObject((ObjectInstance)value) as Blob ?? throw new InvalidOperationException($"The {Describe(value)} is not a Blob's wrapper.");

    internal ISerializablePlatformObject GetSerializable(JsValue value) =>
        Bridge?.GetPlatformObject((ObjectInstance)value) as ISerializablePlatformObject
        ?? throw new InvalidOperationException($"The {Describe(value)} is not a serializable platform object's wrapper.");

    // ---------------------------------------------------------------- writing

    internal static JsValue CreateBoolean(bool value) => value ? JsBoolean.True : JsBoolean.False;

    internal static JsValue CreateNumber(double value) => JsNumber.Create(value);

    internal static JsValue CreateBigInt(BigInteger value) => new JsBigInt(value);

    internal static JsValue CreateString(string value) => JsString.Create(value);

    internal JsValue CreatePrimitiveWrapper(SerializedValue primitive)
    {
        JsValue value = primitive.Kind switch
        {
            SerializedKind.Boolean => CreateBoolean(primitive.AsBoolean()),
            SerializedKind.Number => CreateNumber(primitive.AsNumber()),
            SerializedKind.BigInt => CreateBigInt(primitive.AsBigInt()),
            _ => CreateString(primitive.AsString()),
        };

        // ToObject(value), as Object(value) called as a function does: a wrapper with this
        // realm's prototype. (Jint's ObjectConstructor.Construct(arguments) makes a plain object.)
        return CallIntrinsic(Engine.Intrinsics.Object, value);
    }

    internal JsValue CreateDate(double timeValue) => _dateConstructor.Construct([JsNumber.Create(timeValue)], _dateConstructor);

    internal JsValue CreateRegExp(string source, string flags)
    {
        try
        {
            return Engine.Intrinsics.RegExp.Construct([JsString.Create(source), JsString.Create(flags)]);
        }
        catch (JavaScriptException e)
        {
            throw new DataCloneException($"The RegExp /{source}/{flags} could not be deserialized: {e.Message}");
        }
    }

    internal JsValue CreateArrayBuffer(byte[] data, int byteLength, int? maxByteLength)
    {
        // IMPLEMENTATION DEFINED: a Jint ArrayBuffer's length is its array's length, so a data
        // block longer than the buffer (possible from a CLR realm) is cut to size by a copy;
        // blocks of the right size, as every Jint buffer has, are adopted.
        if (data.Length != byteLength)
        {
            data = data.AsSpan(0, byteLength).ToArray();
        }

        if (maxByteLength is not { } max)
        {
            // "Constructs a new JsArrayBuffer instance and takes ownership of the given byte array."
            return Engine.Intrinsics.ArrayBuffer.Construct(data);
        }

        // Jint has no public way to adopt a data block into a resizable buffer: an empty one is
        // made with this realm's prototype, then given the block.
        JsArrayBuffer buffer = Engine.Intrinsics.ArrayBuffer.Construct(0, (uint)max);
        JintInternals.ArrayBufferData(buffer) = data;
        return buffer;
    }

    internal JsValue CreateArrayBufferView(ArrayBufferViewKind kind, JsValue buffer, int byteOffset, int? length)
    {
        if (buffer is not JsArrayBuffer arrayBuffer)
        {
            throw new DataCloneException($"A {kind} could not be deserialized: its buffer is a {Describe(buffer)}, not an ArrayBuffer.");
        }

        try
        {
            if (kind == ArrayBufferViewKind.DataView)
            {
                JsValue byteLength = length is { } fixedLength ? JsNumber.Create(fixedLength) : JsValue.Undefined;
                return _dataViewConstructor.Construct([arrayBuffer, JsNumber.Create(byteOffset), byteLength], _dataViewConstructor);
            }

            return TypedArrayConstructorOf(kind).Construct(arrayBuffer, byteOffset, length);
        }
        catch (JavaScriptException e)
        {
            throw new DataCloneException($"A {kind} could not be deserialized: {e.Message}");
        }
    }

    internal JsValue CreateMap() => Engine.Intrinsics.Map.Construct();

    internal static void AppendMapEntry(JsValue map, JsValue key, JsValue value) => ((JsMap)map).Set(key, value);

    internal JsValue CreateSet() => Engine.Intrinsics.Set.Construct();

    internal static void AppendSetEntry(JsValue set, JsValue value) => ((JsSet)set).Add(value);

    internal JsValue CreateArray(uint length, bool isDense) => new JsArray(Engine, isDense ? Math.Min(length, 1u << 20) : 0, length);

    internal static void SetArrayElement(JsValue array, uint index, JsValue value) => ((JsArray)array)[index] = value;

    internal JsValue CreateObject() => new JsObject(Engine);

    internal void CreateDataProperty(JsValue target, string key, JsValue value)
    {
        if (target is JsObject obj)
        {
            obj.FastSetDataProperty(key, value);
        }
        else
        {
            ((ObjectInstance)target).CreateDataProperty(KeyFor(key), value);
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize
    /// "Let prototype be %Error.prototype%. If serialized.[[Name]] is "EvalError", then set
    /// prototype to %EvalError.prototype%. ... Set value to OrdinaryObjectCreate(prototype,
    /// « [[ErrorData]] »). Let messageDesc be PropertyDescriptor{ [[Value]]: message,
    /// [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }. If message is not
    /// undefined, then perform ! OrdinaryDefineOwnProperty(value, "message", messageDesc)."
    /// </summary>
    internal JsValue CreateError(string name, string? message, string? stack)
    {
        Constructor constructor = name switch
        {
            "EvalError" => _evalErrorConstructor,
            "RangeError" => _rangeErrorConstructor,
            "ReferenceError" => _referenceErrorConstructor,
            "SyntaxError" => _syntaxErrorConstructor,
            "TypeError" => _typeErrorConstructor,
            "URIError" => _uriErrorConstructor,
            _ => _errorConstructor,
        };

        // Constructed without arguments, the error has no own "message".
        ObjectInstance error = constructor.Construct([], constructor);
        if (message is not null)
        {
            error.DefineOwnProperty("message", HiddenDataProperty(message));
        }

        // "Any interesting accompanying data attached to serialized should be deserialized and attached to value."
        if (stack is not null)
        {
            error.DefineOwnProperty("stack", HiddenDataProperty(stack));
        }

        return error;
    }

    internal static void SetErrorCause(JsValue error, JsValue cause) => ((ObjectInstance)error).DefineOwnProperty("cause", HiddenDataProperty(cause));

    internal JsValue CreateBlob(Blob blob)
    {
        string interfaceName = blob is Values.File ? "File" : "Blob";
        return Bridge?.Wrap(blob) ?? throw new DataCloneException($"A {interfaceName} could not be deserialized: the interface is not exposed in the target realm.");
    }

    internal JsValue CreatePlatformObject(string interfaceName) => ExposedInterface(interfaceName, "deserialized").CreateInstance();

    internal void DeserializationSteps(JsValue value, PlatformObjectRecord serialized, ISubDeserializer<JsValue> subDeserializer)
    {
        JsPlatformInterface exposed = ExposedInterface(serialized.InterfaceName, "deserialized");
        if (exposed.DeserializationSteps is not { } steps)
        {
            throw new DataCloneException($"{serialized.InterfaceName} could not be deserialized: the interface has no deserialization steps in the target realm.");
        }

        steps(value, serialized, subDeserializer);
    }

    internal JsValue ReceiveTransfer(TransferDataHolder dataHolder)
    {
        JsPlatformInterface exposed = ExposedInterface(dataHolder.Type, "received");
        if (exposed.TransferReceivingSteps is not { } steps)
        {
            throw new DataCloneException($"{dataHolder.Type} could not be received: the interface has no transfer-receiving steps in the target realm.");
        }

        JsValue value = exposed.CreateInstance();
        steps(dataHolder, value);
        return value;
    }

    // ---------------------------------------------------------------- helpers

    private JsPlatformInterface ExposedInterface(string interfaceName, string verb) =>
        _interfaces.TryGetValue(interfaceName, out JsPlatformInterface? exposed)
            ? exposed
            : throw new DataCloneException($"{interfaceName} could not be {verb}: the interface is not exposed in the target realm.");

    private string RememberKey(JsValue key)
    {
        string text = key.ToString();
        int slot = RuntimeHelpers.GetHashCode(text) & (KeyCacheSize - 1);
        _keyCacheStrings[slot] = text;
        _keyCacheValues[slot] = key;
        return text;
    }

    private JsValue KeyFor(string key)
    {
        int slot = RuntimeHelpers.GetHashCode(key) & (KeyCacheSize - 1);
        return ReferenceEquals(_keyCacheStrings[slot], key) ? _keyCacheValues[slot]! : JsString.Create(key);
    }

    /// <summary>Whether <paramref name="key"/> is an array index (https://tc39.es/ecma262/#array-index), and which.</summary>
    private static bool TryParseArrayIndex(string key, out uint index)
    {
        index = 0;
        if (key.Length is 0 or > 10 || (key.Length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        // 2^32 - 1 is the largest length, not an index.
        if (value >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }

    private JsValue CallIntrinsic(JsValue function, JsValue thisValue) => Engine.Call(function, thisValue, []);

    private JsValue CallIntrinsic(Constructor function, JsValue argument) => Engine.Call(function, JsValue.Undefined, [argument]);

    private JsValue CallGetter(PropertyDescriptor desc, ObjectInstance obj) =>
        desc.Get is { } getter && getter.IsCallable() ? Engine.Call(getter, obj, []) : JsValue.Undefined;

    private static PropertyDescriptor HiddenDataProperty(JsValue value) => new(value, writable: true, enumerable: false, configurable: true);

    private static ArrayBufferViewKind ViewKindOf(JsTypedArray view)
    {
        if (view.IsUint8Array())
        {
            return ArrayBufferViewKind.Uint8Array;
        }

        if (view.IsInt8Array())
        {
            return ArrayBufferViewKind.Int8Array;
        }

        if (view.IsUint8ClampedArray())
        {
            return ArrayBufferViewKind.Uint8ClampedArray;
        }

        if (view.IsInt16Array())
        {
            return ArrayBufferViewKind.Int16Array;
        }

        if (view.IsUint16Array())
        {
            return ArrayBufferViewKind.Uint16Array;
        }

        if (view.IsInt32Array())
        {
            return ArrayBufferViewKind.Int32Array;
        }

        if (view.IsUint32Array())
        {
            return ArrayBufferViewKind.Uint32Array;
        }

        if (view.IsFloat16Array())
        {
            return ArrayBufferViewKind.Float16Array;
        }

        if (view.IsFloat32Array())
        {
            return ArrayBufferViewKind.Float32Array;
        }

        if (view.IsFloat64Array())
        {
            return ArrayBufferViewKind.Float64Array;
        }

        return view.IsBigInt64Array() ? ArrayBufferViewKind.BigInt64Array : ArrayBufferViewKind.BigUint64Array;
    }

    private static int ElementSize(ArrayBufferViewKind kind) => kind switch
    {
        ArrayBufferViewKind.Int8Array or ArrayBufferViewKind.Uint8Array or ArrayBufferViewKind.Uint8ClampedArray or ArrayBufferViewKind.DataView => 1,
        ArrayBufferViewKind.Int16Array or ArrayBufferViewKind.Uint16Array or ArrayBufferViewKind.Float16Array => 2,
        ArrayBufferViewKind.Int32Array or ArrayBufferViewKind.Uint32Array or ArrayBufferViewKind.Float32Array => 4,
        _ => 8,
    };

    private TypedArrayConstructor TypedArrayConstructorOf(ArrayBufferViewKind kind)
    {
        Intrinsics intrinsics = Engine.Intrinsics;
        return kind switch
        {
            ArrayBufferViewKind.Int8Array => intrinsics.Int8Array,
            ArrayBufferViewKind.Uint8Array => intrinsics.Uint8Array,
            ArrayBufferViewKind.Uint8ClampedArray => intrinsics.Uint8ClampedArray,
            ArrayBufferViewKind.Int16Array => intrinsics.Int16Array,
            ArrayBufferViewKind.Uint16Array => intrinsics.Uint16Array,
            ArrayBufferViewKind.Int32Array => intrinsics.Int32Array,
            ArrayBufferViewKind.Uint32Array => intrinsics.Uint32Array,
            ArrayBufferViewKind.Float16Array => intrinsics.Float16Array,
            ArrayBufferViewKind.Float32Array => intrinsics.Float32Array,
            ArrayBufferViewKind.Float64Array => intrinsics.Float64Array,
            ArrayBufferViewKind.BigInt64Array => intrinsics.BigInt64Array,
            ArrayBufferViewKind.BigUint64Array => intrinsics.BigUint64Array,
            _ => throw new DataCloneException($"A {kind} could not be deserialized: it is not a typed array."),
        };
    }

    private static T Intrinsic<T>(ObjectInstance global, string name)
        where T : class =>
        global.Get(name) as T ?? throw new InvalidOperationException($"The engine has no built-in {name}: the realm needs it for structured cloning.");

    private static JsValue PrototypeMethod(ObjectInstance global, string constructorName, string methodName) =>
        ((ObjectInstance)Intrinsic<Constructor>(global, constructorName).Get("prototype")).Get(methodName);

    private static bool IsHostValue(object? value) => value is not null and not JsValue;

    private static bool ContainsJsValue(IReadOnlyList<object?> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is JsValue)
            {
                return true;
            }
        }

        return false;
    }

    private static JsValue AsJsValue(object? value) => value switch
    {
        JsValue jsValue => jsValue,
        null => JsValue.Null,
        _ => throw new ArgumentException($"A value of the JavaScript realm must be a Jint JsValue, not a {value.GetType().Name}.", nameof(value)),
    };

    private static string FriendlyTypeName(Type type)
    {
        string name = type.Name;
        int plus = name.LastIndexOf('+');
        if (plus >= 0)
        {
            name = name[(plus + 1)..];
        }

        if (name.StartsWith("Js", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]))
        {
            name = name[2..];
        }

        return name.EndsWith("Instance", StringComparison.Ordinal) && name.Length > "Instance".Length ? name[..^"Instance".Length] : name;
    }
}
