using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Messaging;

/// <summary>A serializable platform object that no realm exposes, so that it serializes but never deserializes.</summary>
internal sealed class UnexposedGadget : ISerializablePlatformObject
{
    public string InterfaceName => "UnexposedGadget";

    public void SerializationSteps(PlatformObjectRecord serialized, bool forStorage)
    {
    }
}
