using Jint;
using Jint.Native;
using WebMessaging.Events;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Tests.Bindings;

/// <summary>An engine with the DOM bindings installed on an event loop, as a page's realm would have it, for script-level tests.</summary>
internal sealed class ScriptHost : IDisposable
{
    private readonly IDisposable _checkpointHook;

    public ScriptHost()
    {
        EventLoop = new EventLoop();
        Environment = new EventEnvironment(EventLoop);
        Environment.ExceptionReported += (_, args) => Reported.Add(args.Exception);
        Engine = new Engine(options =>
        {
            options.Constraints.StackOverflowGuard = true;
            options.TrackJobActivity();
        });
        Realm = BindingRealm.Create(Engine, Environment, EventLoop, owner: this);
        DomBindings.Install(Realm, Engine.Global);
        _checkpointHook = PromiseJobCheckpoint.Register(EventLoop, Engine);
    }

    public EventLoop EventLoop { get; }

    public EventEnvironment Environment { get; }

    public Engine Engine { get; }

    public BindingRealm Realm { get; }

    /// <summary>The exceptions listeners threw, as the environment received them.</summary>
    public List<Exception> Reported { get; } = [];

    /// <summary>Runs <paramref name="script"/> as a classic script (on the loop's script stack) and returns its completion value.</summary>
    public JsValue Run(string script)
    {
        EventLoop.PrepareToRunScript();
        try
        {
            return Engine.Evaluate(script);
        }
        finally
        {
            EventLoop.CleanUpAfterRunningScript();
        }
    }

    /// <summary>Runs <paramref name="script"/> and returns its completion value as a string.</summary>
    public string Text(string script) => Run(script).ToString();

    /// <summary>Runs <paramref name="script"/>, which must throw, and returns "Constructor: message" of what it threw.</summary>
    public string Thrown(string script) =>
        Text($"(() => {{ try {{ {script}; return 'no exception'; }} catch (e) {{ return (e && e.constructor ? e.constructor.name : typeof e) + ': ' + (e && e.message); }} }})()");

    public void Dispose() => _checkpointHook.Dispose();
}
