using System.Globalization;
using WebMessaging.Origins;
using WebMessaging.Workers;

namespace WebMessaging.Scripting.Workers;

/// <summary>
/// https://html.spec.whatwg.org/multipage/workers.html#worker-locations
/// What a WorkerLocation object stands for: "A WorkerLocation object has an associated
/// WorkerGlobalScope object (a WorkerGlobalScope object)", whose url it cuts into parts.
/// </summary>
internal sealed class WorkerLocation
{
    public WorkerLocation(WorkerGlobalScope global) => Global = global;

    /// <summary>The associated WorkerGlobalScope object.</summary>
    public WorkerGlobalScope Global { get; }

    private Url Url => Global.Url;

    /// <summary>"The href getter steps are to return this's WorkerGlobalScope object's url, serialized."</summary>
    public string Href => Url.Href;

    /// <summary>"The origin getter steps are to return the serialization of this's WorkerGlobalScope object's url's origin."</summary>
    public string Origin => Url.Origin.Serialize();

    /// <summary>"The protocol getter steps are to return this's WorkerGlobalScope object's url's scheme, followed by ":"."</summary>
    public string Protocol => Url.Scheme + ":";

    /// <summary>
    /// "The host getter steps are: 1. Let url be this's WorkerGlobalScope object's url. 2. If
    /// url's host is null, return the empty string. 3. If url's port is null, return url's
    /// host, serialized. 4. Return url's host, serialized, followed by ":" and url's port, serialized."
    /// </summary>
    public string Host => Url.Host is not { } host ? "" : Url.Port is { } port ? host + ":" + port.ToString(CultureInfo.InvariantCulture) : host;

    /// <summary>"The hostname getter steps are: 1. Let host be this's WorkerGlobalScope object's url's host. 2. If host is null, return the empty string. 3. Return host, serialized."</summary>
    public string Hostname => Url.Host ?? "";

    /// <summary>"The port getter steps are: 1. Let port be this's WorkerGlobalScope object's url's port. 2. If port is null, return the empty string. 3. Return port, serialized."</summary>
    public string Port => Url.Port is { } port ? port.ToString(CultureInfo.InvariantCulture) : "";

    /// <summary>"The pathname getter steps are to return the result of URL path serializing this's WorkerGlobalScope object's url."</summary>
    public string Pathname => Url.Path;

    /// <summary>"The search getter steps are: 1. Let query be this's WorkerGlobalScope object's url's query. 2. If query is either null or the empty string, return the empty string. 3. Return "?", followed by query."</summary>
    public string Search => string.IsNullOrEmpty(Url.Query) ? "" : "?" + Url.Query;

    /// <summary>"The hash getter steps are: 1. Let fragment be this's WorkerGlobalScope object's url's fragment. 2. If fragment is either null or the empty string, return the empty string. 3. Return "#", followed by fragment."</summary>
    public string Hash => string.IsNullOrEmpty(Url.Fragment) ? "" : "#" + Url.Fragment;
}
