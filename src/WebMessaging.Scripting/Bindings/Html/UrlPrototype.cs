using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Origins;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The members of URL.prototype (https://url.spec.whatwg.org/#url-class), read from the core's URL record.</summary>
internal static class UrlPrototype
{
    public static void DefineMembers(BindingRealm realm, ObjectInstance prototype)
    {
        Engine engine = realm.Engine;

        // stringifier attribute USVString href;
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            "href",
            thisValue => new JsString(This(realm, thisValue).Url.Href),
            (thisValue, value) =>
            {
                UrlState state = This(realm, thisValue);
                string href = WebIdlConversions.ToUsvString(engine, value, "Failed to set the 'href' property on 'URL'");

                // "1. Let parsedURL be the result of running the basic URL parser on the given value."
                // "2. If parsedURL is failure, then throw a TypeError."
                if (!Url.TryParse(href, null, out Url? parsedUrl))
                {
                    throw ScriptErrors.TypeError(engine, $"Failed to set the 'href' property on 'URL': Invalid URL '{href}'");
                }

                // "3. Set this's URL to parsedURL." "4. Empty this's query object's list."
                // "5. Let query be this's URL's query." "6. If query is non-null, then set this's
                //  query object's list to the result of parsing query."
                state.Url = parsedUrl;
                state.Query.Reset(parsedUrl.Query);
            });

        // readonly attribute USVString origin;
        // "The origin getter steps are to return the serialization of this's URL's origin."
        DefineGetter(realm, prototype, "origin", url => url.Origin.Serialize());

        // attribute USVString protocol;
        // "The protocol getter steps are to return this's URL's scheme, followed by U+003A (:)."
        DefineGetter(realm, prototype, "protocol", url => url.Scheme + ":");

        // attribute USVString username; "The username getter steps are to return this's URL's username."
        DefineGetter(realm, prototype, "username", url => url.Username);

        // attribute USVString password; "The password getter steps are to return this's URL's password."
        DefineGetter(realm, prototype, "password", url => url.Password);

        // attribute USVString host;
        // "1. Let url be this's URL. 2. If url's host is null, then return the empty string.
        //  3. If url's port is null, return url's host, serialized. 4. Return url's host,
        //  serialized, followed by U+003A (:) and url's port, serialized."
        DefineGetter(realm, prototype, "host", url => url.Host is not { } host ? "" : url.Port is { } port ? host + ":" + port.ToString(CultureInfo.InvariantCulture) : host);

        // attribute USVString hostname;
        // "1. If this's URL's host is null, then return the empty string. 2. Return this's URL's host, serialized."
        DefineGetter(realm, prototype, "hostname", url => url.Host ?? "");

        // attribute USVString port;
        // "1. If this's URL's port is null, then return the empty string. 2. Return this's URL's port, serialized."
        DefineGetter(realm, prototype, "port", url => url.Port is { } port ? port.ToString(CultureInfo.InvariantCulture) : "");

        // attribute USVString pathname;
        // "The pathname getter steps are to return the result of URL path serializing this's URL."
        DefineGetter(realm, prototype, "pathname", url => url.Path);

        // attribute USVString search;
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            "search",
            thisValue =>
            {
                // "1. If this's URL's query is either null or the empty string, then return the
                //  empty string. 2. Return U+003F (?), followed by this's URL's query."
                Url url = This(realm, thisValue).Url;
                return new JsString(string.IsNullOrEmpty(url.Query) ? "" : "?" + url.Query);
            },
            (thisValue, value) =>
            {
                UrlState state = This(realm, thisValue);
                string search = WebIdlConversions.ToUsvString(engine, value, "Failed to set the 'search' property on 'URL'");

                // "1. Let url be this's URL."
                // "2. If the given value is the empty string, then set url's query to null, empty
                //  this's query object's list, and return."
                string fragment = state.Url.Fragment is { } hash ? "#" + hash : "";
                if (search.Length == 0)
                {
                    state.Url = Url.Parse(state.HrefBeforeQuery + fragment);
                    state.Query.Reset(null);
                    return;
                }

                // "3. Let input be the given value with a single leading U+003F (?) removed, if any."
                string input = search[0] == '?' ? search[1..] : search;

                // "4. Set url's query to the empty string." "5. Basic URL parse input with url as
                //  url and query state as state override."
                // IMPLEMENTATION DEFINED: the core parser has no state override; the URL is
                // parsed again with the new query in place, which encodes it the same way
                // (a "#" in input starts the fragment there, where the query state would encode it).
                if (Url.TryParse(state.HrefBeforeQuery + "?" + input.Replace("#", "%23", StringComparison.Ordinal) + fragment, null, out Url? changed))
                {
                    state.Url = changed;
                }

                // "6. Set this's query object's list to the result of parsing input."
                state.Query.Reset(input);
            });

        // [SameObject] readonly attribute URLSearchParams searchParams;
        // "The searchParams getter steps are to return this's query object."
        InterfaceMembers.DefineAttribute(realm, prototype, "searchParams", thisValue =>
        {
            UrlState state = This(realm, thisValue);
            return state.QueryObject ??= new PlatformObject(realm, state.Query, realm.RequireInterface("URLSearchParams").PrototypeObject);
        });

        // attribute USVString hash;
        InterfaceMembers.DefineAttribute(
            realm,
            prototype,
            "hash",
            thisValue =>
            {
                // "1. If this's URL's fragment is either null or the empty string, then return
                //  the empty string. 2. Return U+0023 (#), followed by this's URL's fragment."
                Url url = This(realm, thisValue).Url;
                return new JsString(string.IsNullOrEmpty(url.Fragment) ? "" : "#" + url.Fragment);
            },
            (thisValue, value) =>
            {
                UrlState state = This(realm, thisValue);
                string hash = WebIdlConversions.ToUsvString(engine, value, "Failed to set the 'hash' property on 'URL'");

                // "1. If the given value is the empty string, then set this's URL's fragment to
                //  null, potentially strip trailing spaces from an opaque path with this, and return."
                // "2. Let input be the given value with a single leading U+0023 (#) removed, if any."
                // "3. Set this's URL's fragment to the empty string." "4. Basic URL parse input with
                //  this's URL as url and fragment state as state override."
                // IMPLEMENTATION DEFINED: parsed again with the new fragment in place (no state override).
                string suffix = hash.Length == 0 ? "" : "#" + (hash[0] == '#' ? hash[1..] : hash);
                if (Url.TryParse(state.HrefBeforeFragment + suffix, null, out Url? changed))
                {
                    state.Url = changed;
                }
            });

        // FIXME: the protocol, username, password, host, hostname, port and pathname setters
        // (they need the basic URL parser's state override): those attributes are read-only here.

        // USVString toJSON(); "The toJSON() method steps are to return this's URL, serialized."
        InterfaceMembers.DefineOperation(realm, prototype, "toJSON", 0, (thisValue, _) => new JsString(This(realm, thisValue).Url.Href));

        // stringifier: "The href getter steps and the toJSON() method steps are to return the
        // serialization of this's URL."
        InterfaceMembers.DefineOperation(realm, prototype, "toString", 0, (thisValue, _) => new JsString(This(realm, thisValue).Url.Href));
    }

    /// <summary>
    /// https://url.spec.whatwg.org/#concept-urlsearchparams-update
    /// The update steps of a URL object's query object: its list, serialized, becomes the URL's query.
    /// </summary>
    public static void UpdateSteps(UrlState state)
    {
        // "2. Let serializedQuery be the serialization of query's list."
        // "3. If serializedQuery is the empty string, then set serializedQuery to null."
        // "4. Set query's URL object's URL's query to serializedQuery."
        // FIXME: "5. If serializedQuery is null, then potentially strip trailing spaces from an
        //  opaque path with query's URL object."
        string serializedQuery = state.Query.ToString();
        string fragment = state.Url.Fragment is { } hash ? "#" + hash : "";
        string href = serializedQuery.Length == 0 ? state.HrefBeforeQuery + fragment : state.HrefBeforeQuery + "?" + serializedQuery + fragment;
        if (Url.TryParse(href, null, out Url? changed))
        {
            state.Url = changed;
        }
    }

    private static void DefineGetter(BindingRealm realm, ObjectInstance prototype, string name, Func<Url, string> getter) =>
        InterfaceMembers.DefineAttribute(realm, prototype, name, thisValue => new JsString(getter(This(realm, thisValue).Url)));

    private static UrlState This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<UrlState>(realm.Engine, thisValue);
}
