using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Tests.Bindings.Html;

/// <summary>
/// A core browser whose windows each get a Jint engine with the window bindings, as the page
/// host does: one engine, binding realm and structured clone realm per window.
/// </summary>
internal sealed class ScriptedPages : IDisposable
{
    private readonly Dictionary<Window, WindowGlobal> _globals = new(ReferenceEqualityComparer.Instance);

    public ScriptedPages() => Browser = new Browser();

    public Browser Browser { get; }

    /// <summary>The exceptions reported at windows, with nobody listening.</summary>
    public IReadOnlyList<UnhandledPageException> Reported => Browser.UnhandledExceptions;

    /// <summary>Opens a top-level window at <paramref name="url"/> with its own engine.</summary>
    public WindowGlobal Open(string url) => Attach(Browser.OpenWindow(url));

    /// <summary>Creates a frame inside <paramref name="parent"/> at <paramref name="url"/> with its own engine.</summary>
    public WindowGlobal Frame(WindowGlobal parent, string url, string name = "") =>
        Attach(Browser.CreateFrame(parent.Window, url, new FrameOptions { Name = name }));

    /// <summary>Gives <paramref name="window"/> (made by the core, e.g. by window.open) an engine.</summary>
    public WindowGlobal Attach(Window window)
    {
        var engine = new Engine(options =>
        {
            options.Constraints.StackOverflowGuard = true;
            options.TrackJobActivity();
        });
        var bindings = BindingRealm.Create(engine, window, window.EventLoop, window);
        var realm = new JsRealm(engine);
        WindowGlobal global = WindowBindings.Install(engine, bindings, realm, window, GlobalOf);
        _globals.Add(window, global);
        return global;
    }

    /// <summary>The scripted global of <paramref name="window"/>.</summary>
    public WindowGlobal Of(Window window) => _globals[window];

    /// <summary>Runs <paramref name="script"/> in <paramref name="page"/> as a classic script, then performs a microtask checkpoint.</summary>
    public JsValue Run(WindowGlobal page, string script)
    {
        page.Window.EventLoop.PrepareToRunScript();
        try
        {
            using EnteredScript entered = page.Bindings.EnterScript();
            return page.Engine.Evaluate(script);
        }
        finally
        {
            page.Window.EventLoop.CleanUpAfterRunningScript();
        }
    }

    /// <summary>Runs <paramref name="script"/> and returns its completion value as a string.</summary>
    public string Text(WindowGlobal page, string script) => Run(page, script).ToString();

    /// <summary>Runs <paramref name="script"/>, which must throw, and returns "name: message" of what it threw.</summary>
    public string Thrown(WindowGlobal page, string script) =>
        Text(page, $"(() => {{ try {{ {script}; return 'no exception'; }} catch (e) {{ return (e && e.name) + ': ' + (e && e.message); }} }})()");

    /// <summary>Runs the event loop until nothing is left to do.</summary>
    public void RunUntilIdle() => Browser.RunUntilIdle();

    public void Dispose()
    {
        foreach (WindowGlobal global in _globals.Values)
        {
            global.Dispose();
        }

        Browser.Dispose();
    }

    private ObjectInstance? GlobalOf(Window window) => _globals.TryGetValue(window, out WindowGlobal? global) ? global.GlobalObject : null;
}
