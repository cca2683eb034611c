using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// A sub-deserialization for a platform object's deserialization steps: StructuredDeserialize
/// with the same target realm and memory, so identity is kept within one deserialization.
/// </summary>
public interface ISubDeserializer<TValue>
{
    /// <summary>Deserializes <paramref name="serialized"/> into the target realm.</summary>
    TValue Deserialize(SerializedValue serialized);
}
