namespace WebMessaging.Scripting.Pages;

/// <summary>How serious a <see cref="PageDiagnostic"/> is, as a developer console would colour it.</summary>
public enum PageDiagnosticLevel
{
    /// <summary>Information, e.g. a note about how the runtime handled the page.</summary>
    Info,

    /// <summary>Something the page asked for that this runtime skips, e.g. a module script.</summary>
    Warning,

    /// <summary>A failed load, an uncaught script error, or a script stopped by a limit.</summary>
    Error,
}
