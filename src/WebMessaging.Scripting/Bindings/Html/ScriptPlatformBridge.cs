using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Cloning;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The bridge between a window's structured clone realm and its bindings: a wrapper (or the
/// global object) stands for its core object, and a core object becomes its wrapper.
/// </summary>
internal sealed class ScriptPlatformBridge : IPlatformObjectBridge
{
    private readonly BindingRealm _realm;

    public ScriptPlatformBridge(BindingRealm realm) => _realm = realm;

    // A wrapper that is itself serializable (a DOMException, whose data is its slots) stands for itself.
    public object? GetPlatformObject(ObjectInstance wrapper) =>
        wrapper as ISerializablePlatformObject ?? (BindingRealm.TryUnwrap(wrapper, out object? impl) ? impl : null);

    public JsValue Wrap(object platformObject) => _realm.Wrap(platformObject);
}
