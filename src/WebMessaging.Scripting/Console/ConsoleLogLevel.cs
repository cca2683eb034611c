namespace WebMessaging.Scripting.Console;

/// <summary>The Console standard's log level groupings (https://console.spec.whatwg.org/#loglevel-severity).</summary>
public enum ConsoleLogLevel
{
    /// <summary>A generic log: log, trace, dir, dirxml, group, groupCollapsed, table, timeLog.</summary>
    Log,

    /// <summary>An informative log: info, count, timeEnd.</summary>
    Info,

    /// <summary>A warning: warn, countReset of an unknown label, timer misuse.</summary>
    Warn,

    /// <summary>An error: error, assert.</summary>
    Error,

    /// <summary>A debug log: debug (Chromium's "verbose" level, hidden by default in DevTools).</summary>
    Debug,
}
