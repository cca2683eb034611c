using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// An engine whose global object is a <see cref="DedicatedWorkerGlobalScope"/>, as
/// <see cref="WorkerGlobalScopeBindings.Install"/> made it: the engine, its binding realm and
/// its structured clone realm.
/// </summary>
internal sealed class WorkerGlobal : IScriptGlobal
{
    private readonly JsValue _promiseConstructor;
    private readonly JsValue _promiseResolve;

    public WorkerGlobal(Engine engine, BindingRealm bindings, JsRealm realm, DedicatedWorkerGlobalScope global)
    {
        Engine = engine;
        Bindings = bindings;
        Realm = realm;
        Global = global;
        GlobalObject = engine.Global;
        _promiseConstructor = GlobalObject.Get("Promise");
        _promiseResolve = ((ObjectInstance)_promiseConstructor).Get("resolve");
        TimeOriginClock = global.EventLoop.Now;
        TimeOrigin = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
    }

    public Engine Engine { get; }

    public BindingRealm Bindings { get; }

    public JsRealm Realm { get; }

    /// <summary>The core worker global.</summary>
    public DedicatedWorkerGlobalScope Global { get; }

    public GlobalScope Scope => Global;

    public ObjectInstance GlobalObject { get; }

    public string InterfaceName => "DedicatedWorkerGlobalScope";

    public double TimeOrigin { get; }

    public double TimeOriginClock { get; }

    public JsValue ResolvedPromise(JsValue value) => Engine.Call(_promiseResolve, _promiseConstructor, [value]);
}
