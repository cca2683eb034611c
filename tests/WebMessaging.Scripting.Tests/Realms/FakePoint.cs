using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Scripting.Tests.Realms;

/// <summary>A serializable platform object standing in for a DOMPoint: its serialization steps write x and y.</summary>
internal sealed class FakePoint(double x, double y) : ISerializablePlatformObject
{
    public double X { get; set; } = x;

    public double Y { get; set; } = y;

    public string InterfaceName => "DOMPoint";

    public void SerializationSteps(PlatformObjectRecord serialized, bool forStorage)
    {
        serialized.Fields.Add(new("x", SerializedValue.FromNumber(X)));
        serialized.Fields.Add(new("y", SerializedValue.FromNumber(Y)));
    }
}
