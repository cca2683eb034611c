using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A window's Location object. The interface is [LegacyUnforgeable], so its members are own,
/// non-configurable properties of the instance (https://webidl.spec.whatwg.org/#LegacyUnforgeable).
/// </summary>
internal sealed class LocationObject : PlatformObject
{
    public LocationObject(WindowGlobal global, WindowLocation location, ObjectInstance prototype)
        : base(global.Bindings, location, prototype)
    {
        BindingRealm realm = global.Bindings;

        // [LegacyUnforgeable] stringifier attribute USVString href;
        InterfaceMembers.DefineAttribute(
            realm,
            this,
            "href",
            thisValue => new JsString(SameOriginDomain(global, This(realm, thisValue)).Href),
            (thisValue, value) =>
            {
                WindowLocation target = This(realm, thisValue);
                string url = WebIdlConversions.ToUsvString(realm.Engine, value, "Failed to set the 'href' property on 'Location'");
                global.Navigate(target.Window, url, replace: false);
            },
            unforgeable: true);
        DefineGetter(global, "origin", location => location.Origin);
        DefineGetter(global, "protocol", location => location.Protocol);
        DefineGetter(global, "host", location => location.Host);
        DefineGetter(global, "hostname", location => location.Hostname);
        DefineGetter(global, "port", location => location.Port);
        DefineGetter(global, "pathname", location => location.Pathname);
        DefineGetter(global, "search", location => location.Search);
        DefineGetter(global, "hash", location => location.Hash);

        // [LegacyUnforgeable] undefined assign(USVString url); undefined replace(USVString url);
        foreach ((string name, bool replace) in (ReadOnlySpan<(string, bool)>)[("assign", false), ("replace", true)])
        {
            InterfaceMembers.DefineUnforgeableOperation(realm, this, name, 1, (thisValue, arguments) =>
            {
                string context = $"Failed to execute '{name}' on 'Location'";
                WindowLocation target = This(realm, thisValue);

                // assign: "1. If this's relevant Document is null, then return. 2. If this's
                //  relevant Document's origin is not same origin-domain with the entry settings
                //  object's origin, then throw a "SecurityError" DOMException." (replace has no such step)
                if (!replace)
                {
                    SameOriginDomain(global, target);
                }

                WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
                string url = WebIdlConversions.ToUsvString(realm.Engine, arguments[0], context + ": parameter 1");
                global.Navigate(target.Window, url, replace);
                return JsValue.Undefined;
            });
        }

        // [LegacyUnforgeable] undefined reload();
        InterfaceMembers.DefineUnforgeableOperation(realm, this, "reload", 0, (thisValue, _) =>
        {
            // "2. If this's relevant Document's origin is not same origin-domain with the entry
            //  settings object's origin, then throw a "SecurityError" DOMException."
            // FIXME: "3. Reload this's relevant global object's navigable."
            SameOriginDomain(global, This(realm, thisValue));
            return JsValue.Undefined;
        });

        // stringifier: toString() returns href.
        InterfaceMembers.DefineUnforgeableOperation(realm, this, "toString", 0, (thisValue, _) => new JsString(SameOriginDomain(global, This(realm, thisValue)).Href));
    }

    private void DefineGetter(WindowGlobal global, string name, Func<WindowLocation, string> getter)
    {
        // FIXME: "[LegacyUnforgeable] attribute USVString ...;" setters (protocol, host, ..., hash),
        // which navigate to the changed URL, are not implemented: these attributes are read-only here.
        BindingRealm realm = global.Bindings;
        InterfaceMembers.DefineAttribute(realm, this, name, thisValue => new JsString(getter(SameOriginDomain(global, This(realm, thisValue)))), unforgeable: true);
    }

    /// <summary>
    /// The first step of every Location getter (and of assign, reload and toString): "If this's
    /// relevant Document is non-null and its origin is not same origin-domain with the entry
    /// settings object's origin, then throw a "SecurityError" DOMException."
    /// </summary>
    /// <remarks>
    /// The relevant Document is the window's active document, so a Location kept after its
    /// window navigated to another origin reads nothing of the new document. The entry settings
    /// object is the realm that entered script last (see <see cref="BindingRealm.Entered"/>), or
    /// this Location's own realm when none did.
    /// </remarks>
    private static WindowLocation SameOriginDomain(WindowGlobal global, WindowLocation location)
    {
        WebMessaging.Origins.Origin entry = BindingRealm.Entered?.Owner is Window entered && entered.Origin is { } enteredOrigin ? enteredOrigin : global.Origin;
        if (!location.Window.Origin.IsSameOriginDomain(entry))
        {
            throw ScriptErrors.DomException(
                global.Bindings,
                "SecurityError",
                $"Failed to read a named property from 'Location': Blocked a frame with origin \"{entry.Serialize()}\" from accessing a cross-origin frame.");
        }

        return location;
    }

    private static WindowLocation This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<WindowLocation>(realm.Engine, thisValue);
}
