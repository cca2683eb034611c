using Jint;
using Jint.Native;
using Jint.Native.Object;
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
            thisValue => new JsString(This(realm, thisValue).Href),
            (thisValue, value) =>
            {
                WindowLocation target = This(realm, thisValue);
                string url = WebIdlConversions.ToUsvString(realm.Engine, value, "Failed to set the 'href' property on 'Location'");
                global.Navigate(target.Window, url, replace: false);
            },
            unforgeable: true);
        DefineGetter(realm, "origin", location => location.Origin);
        DefineGetter(realm, "protocol", location => location.Protocol);
        DefineGetter(realm, "host", location => location.Host);
        DefineGetter(realm, "hostname", location => location.Hostname);
        DefineGetter(realm, "port", location => location.Port);
        DefineGetter(realm, "pathname", location => location.Pathname);
        DefineGetter(realm, "search", location => location.Search);
        DefineGetter(realm, "hash", location => location.Hash);

        // [LegacyUnforgeable] undefined assign(USVString url); undefined replace(USVString url);
        foreach ((string name, bool replace) in (ReadOnlySpan<(string, bool)>)[("assign", false), ("replace", true)])
        {
            InterfaceMembers.DefineUnforgeableOperation(realm, this, name, 1, (thisValue, arguments) =>
            {
                string context = $"Failed to execute '{name}' on 'Location'";
                WindowLocation target = This(realm, thisValue);
                WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
                string url = WebIdlConversions.ToUsvString(realm.Engine, arguments[0], context + ": parameter 1");
                global.Navigate(target.Window, url, replace);
                return JsValue.Undefined;
            });
        }

        // [LegacyUnforgeable] undefined reload();
        InterfaceMembers.DefineUnforgeableOperation(realm, this, "reload", 0, (thisValue, _) =>
        {
            // FIXME: "The reload() method steps are: ... Reload this's relevant global object's navigable."
            This(realm, thisValue);
            return JsValue.Undefined;
        });

        // stringifier: toString() returns href.
        InterfaceMembers.DefineUnforgeableOperation(realm, this, "toString", 0, (thisValue, _) => new JsString(This(realm, thisValue).Href));
    }

    private void DefineGetter(BindingRealm realm, string name, Func<WindowLocation, string> getter)
    {
        // FIXME: "[LegacyUnforgeable] attribute USVString ...;" setters (protocol, host, ..., hash),
        // which navigate to the changed URL, are not implemented: these attributes are read-only here.
        InterfaceMembers.DefineAttribute(realm, this, name, thisValue => new JsString(getter(This(realm, thisValue))), unforgeable: true);
    }

    private static WindowLocation This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<WindowLocation>(realm.Engine, thisValue);
}
