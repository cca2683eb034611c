namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value is an ordinary object that is not a platform object ... set
/// serialized to { [[Type]]: "Object", [[Properties]]: a new empty List }. Set deep to true."
/// </summary>
public sealed class ObjectRecord : SerializedRecord
{
    /// <summary>Creates an empty object record; a capacity hint avoids regrowth.</summary>
    public ObjectRecord(int capacity = 0)
    {
        Properties = new List<KeyValuePair<string, SerializedValue>>(capacity);
    }

    /// <summary>[[Properties]]: own enumerable string-keyed properties, in order.</summary>
    public List<KeyValuePair<string, SerializedValue>> Properties { get; }

    /// <inheritdoc />
    public override string Type => "Object";
}
