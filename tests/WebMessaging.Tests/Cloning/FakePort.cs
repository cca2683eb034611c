using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Tests.Cloning;

/// <summary>A transferable platform object for tests, standing in for MessagePort.</summary>
internal sealed class FakePort : ITransferable
{
    public FakePort(string id = "port") => Id = id;

    public string Id { get; set; }

    public string InterfaceName => "FakePort";

    public bool IsDetached { get; set; }

    public void TransferSteps(TransferDataHolder dataHolder) => dataHolder.SetPlatformObject(InterfaceName, Id);

    /// <summary>A CLR realm where FakePort is exposed and can be received.</summary>
    public static ClrRealm Realm { get; } = new([
        new ClrPlatformInterface("FakePort", () => new FakePort("")) { TransferReceivingSteps = (holder, value) => ((FakePort)value).Id = (string)holder.PlatformData! },
    ]);
}
