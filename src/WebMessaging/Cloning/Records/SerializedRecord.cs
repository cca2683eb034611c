namespace WebMessaging.Cloning.Records;

/// <summary>
/// A serialized record that carries identity: an object, not a primitive. The same record
/// may be referenced from many places in a graph (shared references and cycles), and
/// deserializing it once per graph keeps that identity.
/// </summary>
/// <remarks>
/// https://html.spec.whatwg.org/multipage/structured-data.html#serializable-objects
/// Records are engine-neutral: they hold no value of any realm, only primitives, bytes and
/// other records, so a record made from one realm can be deserialized into any other, or
/// encoded to bytes by the wire format.
/// </remarks>
public abstract class SerializedRecord
{
    private protected SerializedRecord()
    {
    }

    // The wire encoder that is writing this record now, and the id it gave it: a record is
    // numbered without hashing it while one encoder holds it (see Wire/RecordIdTable).
    internal object? WireClaim;
    internal int WireId;

    /// <summary>The spec's [[Type]] of this record, e.g. "Object", "Array", "Map", "ArrayBuffer".</summary>
    public abstract string Type { get; }

    /// <inheritdoc />
    public override string ToString() => $"{{[[Type]]: \"{Type}\"}}";
}
