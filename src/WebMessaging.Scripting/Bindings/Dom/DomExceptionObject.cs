using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>
/// A DOMException instance (https://webidl.spec.whatwg.org/#idl-DOMException): the wrapper of a
/// core <see cref="DomException"/> with the name and message slots script reads.
/// </summary>
public sealed class DomExceptionObject : PlatformObject
{
    /// <summary>Creates the DOMException for <paramref name="impl"/> with the given name and message slots.</summary>
    public DomExceptionObject(BindingRealm realm, DomException impl, ObjectInstance prototype, string name, string message)
        : base(realm, impl, prototype)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(message);
        Name = name;
        Message = message;
    }

    /// <summary>The core exception (thrown back into core code, or cloned).</summary>
    public DomException Exception => (DomException)Impl;

    /// <summary>The name slot, e.g. "DataCloneError" (may be empty when script constructed it so).</summary>
    public string Name { get; }

    /// <summary>The message slot.</summary>
    public string Message { get; }
}
