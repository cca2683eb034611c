using Jint.Native;
using Jint.Native.Object;

namespace WebMessaging.Scripting.Realms;

/// <summary>
/// Connects a <see cref="JsRealm"/> to the bindings: it maps a JavaScript wrapper object to the
/// core platform object it stands for, and a core platform object to its wrapper in this realm.
/// Core platform objects are <see cref="Cloning.ITransferable"/> (e.g. a MessagePort),
/// <see cref="Cloning.ISerializablePlatformObject"/>, or a <see cref="Values.Blob"/> /
/// <see cref="Values.File"/> (JavaScript's Blob and File wrap these).
/// </summary>
public interface IPlatformObjectBridge
{
    /// <summary>The core platform object behind <paramref name="wrapper"/>, or null when it is not a platform object's wrapper.</summary>
    object? GetPlatformObject(ObjectInstance wrapper);

    /// <summary>The wrapper of <paramref name="platformObject"/> in this realm (made on first use, then the same one each time).</summary>
    JsValue Wrap(object platformObject);
}
