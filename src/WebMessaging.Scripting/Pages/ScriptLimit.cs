namespace WebMessaging.Scripting.Pages;

/// <summary>Which limit of <see cref="ScriptedBrowserOptions"/> stopped a script (<see cref="ScriptLimitExceededException.Limit"/>).</summary>
public enum ScriptLimit
{
    /// <summary>The script ran longer than <see cref="ScriptedBrowserOptions.ScriptTimeLimit"/>.</summary>
    Time,

    /// <summary>The script allocated more than <see cref="ScriptedBrowserOptions.MemoryLimit"/>.</summary>
    Memory,

    /// <summary>The script ran more statements than <see cref="ScriptedBrowserOptions.MaxStatements"/>.</summary>
    Statements,

    /// <summary>The script was canceled by the host, or stopped by another engine constraint.</summary>
    Canceled,
}
