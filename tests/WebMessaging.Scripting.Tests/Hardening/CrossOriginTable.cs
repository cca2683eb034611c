namespace WebMessaging.Scripting.Tests.Hardening;

/// <summary>
/// The expected outcome of every operation on every probed member of a cross-origin Window and
/// Location, from the HTML standard's CrossOriginProperties(O) and the [[Get]], [[Set]],
/// [[Delete]], [[DefineOwnProperty]], [[GetOwnProperty]] and [[HasProperty]] of cross-origin objects
/// (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-windowproxy-exotic-object).
/// </summary>
/// <remarks>
/// Headless Chromium gives the same outcome for every row but three, where it departs from the
/// standard and this table follows the standard: <c>'then' in w</c>, <c>'then' in w.location</c>
/// and <c>'kid' in w</c> (a named child) throw a "SecurityError" there, while [[HasProperty]]
/// is ordinary in the standard and finds the own property CrossOriginGetOwnPropertyHelper gives.
/// </remarks>
internal static class CrossOriginTable
{
    /// <summary>The operations probed on each member, in the order the page script writes them.</summary>
    public static readonly string[] Operations = ["get", "set", "delete", "define", "describe", "has"];

    /// <summary>CrossOriginProperties(Window) (all readable; only location has a setter, probed apart since it navigates).</summary>
    public static readonly string[] WindowMembers = ["window", "self", "location", "close", "closed", "focus", "blur", "frames", "length", "top", "opener", "parent", "postMessage"];

    /// <summary>CrossOriginPropertyFallback's keys: readable as undefined, nothing else.</summary>
    public static readonly string[] FallbackKeys = ["then", "@@toStringTag", "@@hasInstance", "@@isConcatSpreadable"];

    /// <summary>Members of Window (and of every object) that a cross-origin page must not touch at all.</summary>
    public static readonly string[] WindowForbidden =
    [
        "document", "name", "history", "navigator", "localStorage", "sessionStorage", "customElements", "frameElement", "origin",
        "onmessage", "onmessageerror", "onerror", "onload", "addEventListener", "removeEventListener", "dispatchEvent",
        "setTimeout", "setInterval", "clearTimeout", "clearInterval", "queueMicrotask", "structuredClone", "reportError", "atob", "btoa",
        "open", "alert", "print", "stop", "status", "isSecureContext", "crossOriginIsolated", "performance", "crypto", "fetch",
        "console", "event", "external", "screen", "innerWidth", "scrollX", "getComputedStyle", "requestAnimationFrame",
        "MessageChannel", "eval", "Object", "Function", "Array", "globalThis", "toString", "valueOf", "hasOwnProperty", "constructor",
        "__proto__", "__defineGetter__", "secret", "notAMember", "", "1", "-1", "0.5", "kidd",
        "@@iterator", "@@toPrimitive", "@@unscopables", "@@own",
    ];

    /// <summary>CrossOriginProperties(Location): href (set only) and replace.</summary>
    public static readonly string[] LocationForbidden =
    [
        "href", "assign", "reload", "toString", "valueOf", "origin", "protocol", "host", "hostname", "port", "pathname", "search", "hash",
        "ancestorOrigins", "constructor", "__proto__", "hasOwnProperty", "notAMember", "@@toPrimitive", "@@iterator",
    ];

    /// <summary>The outcome of each operation on a cross-origin Window's members (location's set left out).</summary>
    public static SortedSet<string> ExpectedWindow()
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in WindowMembers)
        {
            Add(expected, member, get: "ok", set: member == "location" ? null : "SecurityError", describe: "configurable", has: "true");
        }

        foreach (var key in FallbackKeys)
        {
            Add(expected, key, get: "undefined", set: "SecurityError", describe: "configurable", has: "true");
        }

        // The document-tree child navigables by index, and by name ("kid").
        Add(expected, "0", get: "ok", set: "SecurityError", describe: "configurable", has: "true");
        Add(expected, "kid", get: "ok", set: "SecurityError", describe: "configurable", has: "true");
        foreach (var member in WindowForbidden)
        {
            AddForbidden(expected, member);
        }

        return expected;
    }

    /// <summary>The outcome of each operation on a cross-origin Location's members (href's set left out).</summary>
    public static SortedSet<string> ExpectedLocation()
    {
        var expected = new SortedSet<string>(StringComparer.Ordinal);
        Add(expected, "replace", get: "ok", set: "SecurityError", describe: "configurable", has: "true");
        foreach (var key in FallbackKeys)
        {
            Add(expected, key, get: "undefined", set: "SecurityError", describe: "configurable", has: "true");
        }

        foreach (var member in LocationForbidden)
        {
            if (member == "href")
            {
                // { [[Property]]: "href", [[NeedsGet]]: false, [[NeedsSet]]: true }: readable as a descriptor, not as a value.
                Add(expected, member, get: "SecurityError", set: null, describe: "configurable", has: "true");
                continue;
            }

            AddForbidden(expected, member);
        }

        return expected;
    }

    private static void AddForbidden(SortedSet<string> expected, string member)
    {
        foreach (var operation in Operations)
        {
            expected.Add($"{member} {operation} SecurityError");
        }
    }

    private static void Add(SortedSet<string> expected, string member, string get, string? set, string describe, string has)
    {
        expected.Add($"{member} get {get}");
        if (set is not null)
        {
            expected.Add($"{member} set {set}");
        }

        // [[Delete]] and [[DefineOwnProperty]] of a cross-origin object throw for every key.
        expected.Add($"{member} delete SecurityError");
        expected.Add($"{member} define SecurityError");
        expected.Add($"{member} describe {describe}");
        expected.Add($"{member} has {has}");
    }

    /// <summary>The page script that probes a target: probe(target, keys, skipSet) returns one "key op outcome" line per probe.</summary>
    public const string ProbeScript = """
        function keyOf(name) {
          if (name === '@@own') return Symbol('own');
          return name.startsWith('@@') ? Symbol[name.slice(2)] : name;
        }
        function outcome(action) {
          try {
            const value = action();
            return value === undefined ? 'undefined' : value === true ? 'true' : value === false ? 'false' : 'ok';
          } catch (e) {
            return e && e.name ? e.name : 'threw ' + e;
          }
        }
        function probe(target, names, skipSet) {
          const lines = [];
          for (const name of names) {
            const key = keyOf(name);
            lines.push(name + ' get ' + outcome(() => { const v = target[key]; return v === undefined ? undefined : 1; }));
            if (name !== skipSet) lines.push(name + ' set ' + outcome(() => { target[key] = 1; return 1; }));
            lines.push(name + ' delete ' + outcome(() => { delete target[key]; return 1; }));
            lines.push(name + ' define ' + outcome(() => { Object.defineProperty(target, key, { value: 1, configurable: true }); return 1; }));
            lines.push(name + ' describe ' + outcome(() => { const d = Object.getOwnPropertyDescriptor(target, key); return d && d.configurable && !d.enumerable === !/^\d+$/.test(name) ? 1 : false; }).replace('ok', 'configurable'));
            lines.push(name + ' has ' + outcome(() => key in target));
          }
          return lines;
        }
        """;
}
