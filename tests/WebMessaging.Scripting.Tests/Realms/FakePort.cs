using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Scripting.Tests.Realms;

/// <summary>A transferable platform object standing in for a MessagePort: its transfer steps hand on its name.</summary>
internal sealed class FakePort(string name) : ITransferable
{
    public string Name { get; } = name;

    public string InterfaceName => "MessagePort";

    public bool IsDetached { get; set; }

    public void TransferSteps(TransferDataHolder dataHolder) => dataHolder.SetPlatformObject(InterfaceName, Name);
}
