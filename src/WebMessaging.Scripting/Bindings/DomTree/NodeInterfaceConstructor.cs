using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// The interface object of one interface of the DOM tree (Node, Element, HTMLIFrameElement,
/// NodeList, ...): its prototype's members come from a members class, and its constructor
/// steps, when the interface has a constructor operation (Text, Comment, DocumentFragment),
/// from <c>construct</c>; the others throw "Illegal constructor".
/// </summary>
internal sealed class NodeInterfaceConstructor : InterfaceConstructor
{
    private readonly Func<JsValue[], ObjectInstance, PlatformObject>? _construct;

    private NodeInterfaceConstructor(BindingRealm realm, string name, int length, InterfaceConstructor? parent, Func<JsValue[], ObjectInstance, PlatformObject>? construct)
        : base(realm, name, length, parent, new JsObject(realm.Engine))
    {
        _construct = construct;
    }

    /// <summary>Installs the interface <paramref name="name"/> (inheriting from <paramref name="parentName"/>, if any) and exposes it on <paramref name="globalObject"/>.</summary>
    public static NodeInterfaceConstructor Install(
        BindingRealm realm,
        ObjectInstance globalObject,
        string name,
        string? parentName,
        Action<ObjectInstance>? defineMembers = null,
        int length = 0,
        Func<JsValue[], ObjectInstance, PlatformObject>? construct = null)
    {
        InterfaceConstructor? parent = parentName is null ? null : realm.RequireInterface(parentName);
        var constructor = new NodeInterfaceConstructor(realm, name, length, parent, construct);
        defineMembers?.Invoke(constructor.PrototypeObject);
        constructor.ExposeOn(globalObject);
        return constructor;
    }

    /// <summary>Runs the constructor steps given to <see cref="Install"/>, or throws "Illegal constructor" when the interface has none.</summary>
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) =>
        _construct is null ? throw IllegalConstructor() : _construct(arguments, prototype);
}
