using Jint.Native.Object;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// The JavaScript wrapper of a platform object (https://webidl.spec.whatwg.org/#dfn-platform-object):
/// an object of one engine that stands for a core object (its <see cref="Impl"/>). A
/// <see cref="BindingRealm"/> keeps one wrapper per core object, so the same core object is
/// always the same JavaScript object in that realm.
/// </summary>
public class PlatformObject : ObjectInstance
{
    /// <summary>Creates the wrapper of <paramref name="impl"/> in <paramref name="realm"/> with <paramref name="prototype"/> as its [[Prototype]].</summary>
    public PlatformObject(BindingRealm realm, object impl, ObjectInstance prototype)
        : base(realm?.Engine ?? throw new ArgumentNullException(nameof(realm)))
    {
        ArgumentNullException.ThrowIfNull(impl);
        ArgumentNullException.ThrowIfNull(prototype);
        Realm = realm;
        Impl = impl;
        Prototype = prototype;
    }

    /// <summary>The core object this wrapper stands for (e.g. a <see cref="Events.EventTarget"/>).</summary>
    public object Impl { get; }

    /// <summary>The realm the wrapper belongs to (its relevant realm).</summary>
    public BindingRealm Realm { get; }

    /// <summary>Returns the core object, so that host code converting a script value gets the platform object itself.</summary>
    public override object ToObject() => Impl;
}
