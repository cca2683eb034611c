using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

using Url = WebMessaging.Origins.Url;

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
        DefineGetter(global, "pathname", location => location.Pathname, (url, value) =>
        {
            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-location-pathname
            // "4. If copyURL has an opaque path, then return." "5. Set copyURL's path to the empty
            // list." "6. Basic URL parse the given value, with copyURL as url and path start state
            // as state override." (parsed again with the new path in place)
            if (!url.Path.StartsWith('/'))
            {
                return null;
            }

            var path = value.StartsWith('/') ? value : "/" + value;
            return Compose(url, path, url.Query, url.Fragment);
        });
        DefineGetter(global, "search", location => location.Search, (url, value) =>
        {
            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-location-search
            // "4. If the given value is the empty string, set copyURL's query to null." "5. Otherwise:
            // 1. Let input be the given value with a single leading "?" removed, if any. 2. Set
            // copyURL's query to the empty string. 3. Basic URL parse input, with null, ...,
            // copyURL as url and query state as state override."
            var input = value.Length == 0 ? null : value[0] == '?' ? value[1..] : value;
            return Compose(url, url.Path, input, url.Fragment);
        });
        DefineGetter(global, "hash", location => location.Hash, (url, value) =>
        {
            // https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-location-hash
            // "4. Let thisURLFragment be copyURL's fragment if it is non-null; otherwise the empty
            // string." "5. Let input be the given value with a single leading "#" removed, if any."
            // "6. Set copyURL's fragment to the empty string." "7. Basic URL parse input, with
            // copyURL as url and fragment state as state override." "8. If copyURL's fragment is
            // thisURLFragment, then return."
            var input = value.Length > 0 && value[0] == '#' ? value[1..] : value;
            if (!Url.TryParse(url.HrefExcludingFragment + "#" + input, null, out var changed) || changed.Fragment == (url.Fragment ?? ""))
            {
                return null;
            }

            return changed;
        });

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

    // A [LegacyUnforgeable] attribute whose setter, when given, makes a copy of the URL with the
    // value in place (null: nothing to do) and then does "Location-object navigate this to copyURL".
    private void DefineGetter(WindowGlobal global, string name, Func<WindowLocation, string> getter, Func<Url, string, Url?>? changedUrl = null)
    {
        // FIXME: the setters of protocol, host, hostname and port (which navigate to the changed URL).
        BindingRealm realm = global.Bindings;
        Action<JsValue, JsValue>? setter = changedUrl is null ? null : (thisValue, value) =>
        {
            // "1. If this's relevant Document is null, then return." "2. If this's relevant
            // Document's origin is not same origin-domain with the entry settings object's origin,
            // then throw a "SecurityError" DOMException." "3. Let copyURL be a copy of this's url."
            WindowLocation target = SameOriginDomain(global, This(realm, thisValue));
            string text = WebIdlConversions.ToUsvString(realm.Engine, value, $"Failed to set the '{name}' property on 'Location'");
            if (changedUrl(target.Window.Url, text) is { } copyUrl)
            {
                global.Navigate(target.Window, copyUrl.Href, replace: false);
            }
        };
        InterfaceMembers.DefineAttribute(realm, this, name, thisValue => new JsString(getter(SameOriginDomain(global, This(realm, thisValue)))), setter, unforgeable: true);
    }


    // A copy of url (which has a host) with another path, query and fragment, parsed again.
    private static Url? Compose(Url url, string path, string? query, string? fragment)
    {
        if (url.Host is null)
        {
            return null;
        }

        var credentials = url.Username.Length == 0 && url.Password.Length == 0 ? "" : url.Username + (url.Password.Length == 0 ? "" : ":" + url.Password) + "@";
        var port = url.Port is { } number ? ":" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
        var text = url.Scheme + "://" + credentials + url.Host + port + path + Suffix("?", query) + Suffix("#", fragment);
        return Url.TryParse(text, null, out var changed) ? changed : null;
    }

    private static string Suffix(string prefix, string? part) => part is null ? "" : prefix + part;

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
