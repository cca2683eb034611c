using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>Installs the DOM interfaces this runtime exposes: DOMException, EventTarget, Event, CustomEvent, AbortController and AbortSignal.</summary>
public static class DomBindings
{
    /// <summary>Installs every DOM interface in <paramref name="realm"/> and exposes them on <paramref name="globalObject"/> (usually <c>engine.Global</c>).</summary>
    public static void Install(BindingRealm realm, ObjectInstance globalObject)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(globalObject);

        // DOMException's name and message are accessors, which Jint's Error.prototype.toString
        // would call with the wrong this.
        ErrorPrototypeToString.Install(realm.Engine);
        DomExceptionConstructor.Install(realm, globalObject);
        EventTargetConstructor.Install(realm, globalObject);
        EventConstructor.Install(realm, globalObject);
        CustomEventConstructor.Install(realm, globalObject);
        AbortControllerConstructor.Install(realm, globalObject);
        AbortSignalConstructor.Install(realm, globalObject);
    }
}
