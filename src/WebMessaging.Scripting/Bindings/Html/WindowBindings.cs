using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Cloning;
using WebMessaging.Messaging;
using WebMessaging.Scripting.Bindings.Dom;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// Makes an engine's global object a <see cref="Window"/>: the DOM interfaces, the Window
/// members, Location, MessageEvent, MessageChannel, MessagePort, BroadcastChannel, Blob, File,
/// TextEncoder, TextDecoder, URLSearchParams, URL, Performance, timers, queueMicrotask, atob/btoa and structuredClone.
/// </summary>
public static class WindowBindings
{
    /// <summary>
    /// Installs the window bindings on a new engine, before any page script runs. The engine's
    /// global object becomes the window's JavaScript global; <paramref name="realm"/> becomes
    /// the window's <see cref="GlobalScope.Realm"/>, so messages to the window are deserialized
    /// in this engine; the engine's promise jobs run at every microtask checkpoint.
    /// </summary>
    /// <param name="engine">The window's engine (one per document), created with <c>StackOverflowGuard</c> and preferably <see cref="PromiseJobCheckpoint.TrackJobActivity"/>.</param>
    /// <param name="bindings">The engine's binding realm, created with the window as environment and owner and the window's event loop; nothing installed in it yet.</param>
    /// <param name="realm">The engine's structured clone realm.</param>
    /// <param name="window">The core window whose document the engine runs.</param>
    /// <param name="globalOf">Finds the global object of another window's engine (null when it has none): same-origin windows are handed out as their global objects.</param>
    /// <param name="options">Hooks of the page host, such as navigation.</param>
    /// <returns>The installed global; dispose it when the document goes away.</returns>
    public static WindowGlobal Install(Engine engine, BindingRealm bindings, JsRealm realm, Window window, Func<Window, ObjectInstance?> globalOf, WindowBindingsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(bindings);
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(globalOf);
        if (!ReferenceEquals(bindings.Engine, engine) || !ReferenceEquals(realm.Engine, engine))
        {
            throw new ArgumentException("The binding realm and the structured clone realm must both belong to the engine.", nameof(bindings));
        }

        if (!ReferenceEquals(bindings.Owner, window) || !ReferenceEquals(bindings.Environment, window) || !ReferenceEquals(bindings.EventLoop, window.EventLoop))
        {
            throw new ArgumentException($"The binding realm must be created with the window {window} as its environment and owner and with the window's event loop: BindingRealm.Create(engine, window, window.EventLoop, window).", nameof(bindings));
        }

        options ??= new WindowBindingsOptions();
        var global = new WindowGlobal(engine, bindings, realm, window, globalOf, options);
        ObjectInstance globalObject = global.GlobalObject;
        bindings.SetGlobal(globalObject, window);
        bindings.GlobalProxyResolver = target => target is Window other
            ? global.WindowProxyOf(other)
            : throw new InvalidOperationException($"The global {target.Id} is not a window; only windows can be exposed to a window's script.");

        DomBindings.Install(bindings, globalObject);
        UiEvents.UiEventsBindings.Install(bindings, globalObject);
        WindowConstructor.Install(global);
        LocationObject location = LocationConstructor.Install(global);
        WindowMembers.DefineMembers(global, location);
        GlobalScopeMembers.DefineMembers(global);
        MessageEventConstructor.Install(bindings, globalObject);
        MessagePortConstructor.Install(bindings, globalObject);
        MessageChannelConstructor.Install(bindings, window, globalObject);
        BroadcastChannelConstructor.Install(bindings, window, globalObject);
        BlobConstructor.Install(global);
        FileConstructor.Install(global);
        FileReaderConstructor.Install(global);
        TextEncoderConstructor.Install(bindings, globalObject);
        TextDecoderConstructor.Install(bindings, globalObject);
        UrlSearchParamsConstructor.Install(bindings, globalObject);
        UrlConstructor.Install(bindings, globalObject, window, BlobUrlStore.Of(window.Browser));
        PerformanceConstructor.Install(global);
        NavigatorConstructor.Install(global, options.UserAgent);
        CryptoConstructor.Install(global, WindowViewMembers.IsSecureContext(window));
        AnimationFrames.Define(global);
        SimpleDialogs.Define(global, options.OnDialog);
        WindowViewMembers.Define(global);
        MediaQueryListConstructor.Install(global);
        if (options.Storage is { } storage)
        {
            global.Storage = WindowStorage.Install(global, storage);
        }

        // SharedArrayBuffer is exposed only to cross-origin isolated contexts
        // (https://html.spec.whatwg.org/multipage/webappapis.html#integration-with-the-javascript-agent-cluster-formalism),
        // and no page here is one: the constructor goes, as in browsers.
        globalObject.RemoveOwnProperty("SharedArrayBuffer");

        // The structured clone realm maps wrappers to core objects, and makes new MessagePorts
        // (owned by this window) for ports transferred to it.
        ScriptPlatformBridge.Connect(realm, bindings, window);
        window.Realm = realm;

        if (options.RegisterPromiseJobCheckpoint)
        {
            global.SetCheckpointHook(PromiseJobCheckpoint.Register(window.EventLoop, engine));
        }

        return global;
    }
}
