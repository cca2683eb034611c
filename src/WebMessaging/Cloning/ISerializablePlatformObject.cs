using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// https://html.spec.whatwg.org/multipage/structured-data.html#serializable-objects
/// A platform object that is a serializable object (other than Blob and File, which the
/// serializer knows): it has serialization steps.
/// </summary>
public interface ISerializablePlatformObject
{
    /// <summary>The identifier of the object's primary interface, e.g. "DOMException".</summary>
    string InterfaceName { get; }

    /// <summary>The serialization steps: write the object's data into <paramref name="serialized"/>'s fields.</summary>
    void SerializationSteps(PlatformObjectRecord serialized, bool forStorage);
}
