namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value is an ordinary object that is not a platform object ... set
/// serialized to { [[Type]]: "Object", [[Properties]]: a new empty List }. Set deep to true."
/// </summary>
/// <remarks>
/// The record holds its properties' array itself (<see cref="Properties"/> is a view of it), so
/// that an object costs two allocations rather than three: graphs of many small objects are
/// the common message, and fewer, smaller objects are quicker to make and to collect.
/// </remarks>
public sealed class ObjectRecord : SerializedRecord
{
    // The storage of Properties: the first PropertyCount entries of PropertyItems.
    internal KeyValuePair<string, SerializedValue>[] PropertyItems;
    internal int PropertyCount;

    /// <summary>Creates an empty object record; a capacity hint avoids regrowth.</summary>
    public ObjectRecord(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        PropertyItems = capacity == 0 ? [] : new KeyValuePair<string, SerializedValue>[capacity];
    }

    /// <summary>[[Properties]]: own enumerable string-keyed properties, in order.</summary>
    public SerializedPropertyList Properties => new(this);

    /// <inheritdoc />
    public override string Type => "Object";
}
