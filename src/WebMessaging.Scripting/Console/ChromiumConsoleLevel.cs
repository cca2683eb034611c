namespace WebMessaging.Scripting.Console;

/// <summary>The four levels Chromium's DevTools gives console messages (its level filter's names).</summary>
public enum ChromiumConsoleLevel
{
    /// <summary>"Verbose": console.debug.</summary>
    Verbose,

    /// <summary>"Info": console.log, info, trace, dir, dirxml, table, group, count, timeLog, timeEnd.</summary>
    Info,

    /// <summary>"Warning": console.warn and the console's own warnings (unknown timer or count label).</summary>
    Warning,

    /// <summary>"Error": console.error and failed console.assert.</summary>
    Error,
}
