using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// The interface object of a worker interface that script cannot construct: WorkerGlobalScope,
/// DedicatedWorkerGlobalScope and WorkerLocation ("Illegal constructor").
/// </summary>
internal sealed class WorkerInterfaceConstructor : InterfaceConstructor
{
    public WorkerInterfaceConstructor(BindingRealm realm, string name, InterfaceConstructor? parent)
        : base(realm, name, 0, parent, new JsObject(realm.Engine))
    {
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();
}
