using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// An engine whose global object is a core global (a window or a worker): what the
/// WindowOrWorkerGlobalScope members and the interfaces both kinds of global expose need.
/// </summary>
internal interface IScriptGlobal
{
    /// <summary>The engine whose global object this is.</summary>
    Engine Engine { get; }

    /// <summary>The bindings' realm of the engine.</summary>
    BindingRealm Bindings { get; }

    /// <summary>The structured clone realm of the engine (the core global's realm).</summary>
    JsRealm Realm { get; }

    /// <summary>The core global the global object stands for.</summary>
    GlobalScope Scope { get; }

    /// <summary>The engine's global object.</summary>
    ObjectInstance GlobalObject { get; }

    /// <summary>The global's interface name for error messages: "Window" or "DedicatedWorkerGlobalScope".</summary>
    string InterfaceName { get; }

    /// <summary>performance.timeOrigin: the time the global was created, in milliseconds since the Unix epoch.</summary>
    double TimeOrigin { get; }

    /// <summary>The event loop's clock when the global was created: performance.now() counts from it.</summary>
    double TimeOriginClock { get; }

    /// <summary>A promise of this realm already fulfilled with <paramref name="value"/>.</summary>
    JsValue ResolvedPromise(JsValue value);
}
