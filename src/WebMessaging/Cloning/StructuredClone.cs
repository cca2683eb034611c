using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// https://html.spec.whatwg.org/multipage/structured-data.html#safe-passing-of-structured-data
/// The entry points of structured cloning: serialize a value of any realm to an
/// engine-neutral record, and deserialize a record into any realm. <see cref="Clone(object?)"/>
/// does both for CLR values, like JavaScript's structuredClone().
/// </summary>
public static class StructuredClone
{
    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserialize
    /// "Return ? StructuredSerializeInternal(value, false)."
    /// </summary>
    public static SerializedValue Serialize<TValue, TReader>(TReader reader, TValue value)
        where TReader : IRealmReader<TValue>
    {
        ArgumentNullException.ThrowIfNull(reader);
        var serializer = StructuredSerializer<TValue, TReader>.Rent(reader, forStorage: false);
        try
        {
            return serializer.SerializeInternal(value);
        }
        finally
        {
            serializer.Return();
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializeforstorage
    /// "Return ? StructuredSerializeInternal(value, true)."
    /// </summary>
    public static SerializedValue SerializeForStorage<TValue, TReader>(TReader reader, TValue value)
        where TReader : IRealmReader<TValue>
    {
        ArgumentNullException.ThrowIfNull(reader);
        var serializer = StructuredSerializer<TValue, TReader>.Rent(reader, forStorage: true);
        try
        {
            return serializer.SerializeInternal(value);
        }
        finally
        {
            serializer.Return();
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializewithtransfer
    /// Serializes <paramref name="value"/>, then transfers every object of
    /// <paramref name="transferList"/>: ArrayBuffers move their bytes into the result and are
    /// detached, platform objects run their transfer steps and are detached.
    /// </summary>
    public static SerializedWithTransfer SerializeWithTransfer<TValue, TReader>(TReader reader, TValue value, IReadOnlyList<TValue> transferList)
        where TReader : IRealmReader<TValue>
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(transferList);
        var serializer = StructuredSerializer<TValue, TReader>.Rent(reader, forStorage: false);
        try
        {
            return serializer.SerializeWithTransfer(value, transferList);
        }
        finally
        {
            serializer.Return();
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserialize
    /// Builds the value <paramref name="serialized"/> describes in the writer's realm. The
    /// record is left as it was, so it can be deserialized again (once per receiver).
    /// </summary>
    public static TValue Deserialize<TValue, TWriter>(TWriter writer, SerializedValue serialized)
        where TWriter : IRealmWriter<TValue>
    {
        ArgumentNullException.ThrowIfNull(writer);
        return DeserializeCore<TValue, TWriter>(writer, serialized, consumesRecords: false);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/structured-data.html#structureddeserializewithtransfer
    /// Receives the transferred objects in the writer's realm, then builds the value. A
    /// result of <see cref="SerializeWithTransfer"/> is deserialized once: the transferred
    /// bytes, and the bytes the serialization copied out of cloned ArrayBuffers, are adopted,
    /// not copied, and a second deserialization of the result throws a <see cref="DataCloneException"/>.
    /// </summary>
    public static DeserializedWithTransfer<TValue> DeserializeWithTransfer<TValue, TWriter>(TWriter writer, SerializedWithTransfer serializeWithTransferResult)
        where TWriter : IRealmWriter<TValue>
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(serializeWithTransferResult);
        var deserializer = StructuredDeserializer<TValue, TWriter>.Rent(writer, consumesRecords: true);
        try
        {
            return deserializer.DeserializeWithTransfer(serializeWithTransferResult);
        }
        finally
        {
            deserializer.Return();
        }
    }

    /// <summary>
    /// A structured clone of a CLR value graph (shared references and cycles kept) in
    /// <see cref="ClrRealm.Default"/>, like JavaScript's structuredClone(value): what
    /// deserializing its serialization gives, built in one walk when the graph allows it.
    /// ArrayBuffer bytes are copied once.
    /// </summary>
    public static object? Clone(object? value) =>
        ClrSameRealmCloner.TryClone(ClrRealm.Default, value, out object? clone) ? clone : CloneByRecords(value);

    /// <summary>
    /// A structured clone of a CLR value graph that transfers the objects of
    /// <paramref name="transfer"/> (e.g. <see cref="Values.ArrayBuffer"/>s, which are detached
    /// and whose bytes move to the clone), like structuredClone(value, { transfer }).
    /// </summary>
    public static object? Clone(object? value, IReadOnlyList<object?> transfer)
    {
        ArgumentNullException.ThrowIfNull(transfer);

        // With nothing to transfer, StructuredSerializeWithTransfer and
        // StructuredDeserializeWithTransfer are StructuredSerialize and a consuming StructuredDeserialize.
        return transfer.Count == 0
            ? Clone(value)
            : ClrRealm.Default.DeserializeWithTransfer(ClrRealm.Default.SerializeWithTransfer(value, transfer)).Deserialized;
    }

    /// <summary>
    /// StructuredDeserialize(StructuredSerialize(value)) in <see cref="ClrRealm.Default"/> through
    /// records: what <see cref="Clone(object?)"/> gives, and does when the one-walk clone gives up.
    /// </summary>
    private static object? CloneByRecords(object? value) =>
        DeserializeCore<object?, ClrRealmAccessor>(new(ClrRealm.Default), ClrRealm.Default.Serialize(value), consumesRecords: true);

    private static TValue DeserializeCore<TValue, TWriter>(TWriter writer, SerializedValue serialized, bool consumesRecords)
        where TWriter : IRealmWriter<TValue>
    {
        var deserializer = StructuredDeserializer<TValue, TWriter>.Rent(writer, consumesRecords);
        try
        {
            return deserializer.Deserialize(serialized);
        }
        finally
        {
            deserializer.Return();
        }
    }
}
