using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Workers;

/// <summary>The WorkerLocation interface (https://html.spec.whatwg.org/multipage/workers.html#worker-locations) and a worker's one instance of it.</summary>
internal static class WorkerLocationBindings
{
    /// <summary>Installs WorkerLocation in <paramref name="realm"/>, exposes it, and returns the location object of <paramref name="global"/>.</summary>
    public static ObjectInstance Install(BindingRealm realm, ObjectInstance globalObject, WorkerGlobalScope global)
    {
        var constructor = new WorkerInterfaceConstructor(realm, "WorkerLocation", parent: null);
        constructor.ExposeOn(globalObject);
        ObjectInstance prototype = constructor.PrototypeObject;

        // stringifier readonly attribute USVString href; readonly attribute USVString origin; ...
        DefineGetter(realm, prototype, "href", location => location.Href);
        DefineGetter(realm, prototype, "origin", location => location.Origin);
        DefineGetter(realm, prototype, "protocol", location => location.Protocol);
        DefineGetter(realm, prototype, "host", location => location.Host);
        DefineGetter(realm, prototype, "hostname", location => location.Hostname);
        DefineGetter(realm, prototype, "port", location => location.Port);
        DefineGetter(realm, prototype, "pathname", location => location.Pathname);
        DefineGetter(realm, prototype, "search", location => location.Search);
        DefineGetter(realm, prototype, "hash", location => location.Hash);

        // stringifier: toString() returns href.
        InterfaceMembers.DefineOperation(realm, prototype, "toString", 0, (thisValue, _) => new JsString(This(realm, thisValue).Href));

        var location = new PlatformObject(realm, new WorkerLocation(global), prototype);
        return location;
    }

    private static void DefineGetter(BindingRealm realm, ObjectInstance prototype, string name, Func<WorkerLocation, string> getter) =>
        InterfaceMembers.DefineAttribute(realm, prototype, name, thisValue => new JsString(getter(This(realm, thisValue))));

    private static WorkerLocation This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<WorkerLocation>(realm.Engine, thisValue);
}
