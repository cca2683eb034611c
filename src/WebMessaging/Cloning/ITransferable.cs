using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning;

/// <summary>
/// https://html.spec.whatwg.org/multipage/structured-data.html#transferable-objects
/// A platform object that is a transferable object (e.g. MessagePort): it has a [[Detached]]
/// internal slot and transfer steps.
/// </summary>
public interface ITransferable
{
    /// <summary>The identifier of the object's primary interface, e.g. "MessagePort".</summary>
    string InterfaceName { get; }

    /// <summary>[[Detached]]: set to true by StructuredSerializeWithTransfer after the transfer steps ran.</summary>
    bool IsDetached { get; set; }

    /// <summary>
    /// The transfer steps: store in <paramref name="dataHolder"/> (with
    /// <see cref="TransferDataHolder.SetPlatformObject"/>) what the receiving side needs.
    /// </summary>
    void TransferSteps(TransferDataHolder dataHolder);
}
