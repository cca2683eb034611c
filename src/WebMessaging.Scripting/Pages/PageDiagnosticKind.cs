namespace WebMessaging.Scripting.Pages;

/// <summary>What a <see cref="PageDiagnostic"/> is about.</summary>
public enum PageDiagnosticKind
{
    /// <summary>A document, frame or script could not be fetched (a network error).</summary>
    Network,

    /// <summary>An uncaught exception of a script or callback, syntax errors included.</summary>
    ScriptError,

    /// <summary>A script or callback was stopped by a limit of <see cref="ScriptedBrowserOptions"/> (time, memory, statements).</summary>
    ScriptLimit,

    /// <summary>Something the page uses that this runtime does not support yet (e.g. module scripts).</summary>
    Unsupported,

    /// <summary>A frame was not created because the page has <see cref="ScriptedBrowserOptions.MaxFramesPerPage"/> frames already.</summary>
    FrameLimit,

    /// <summary>A simple dialog the page opened (alert, confirm or prompt), dismissed at once.</summary>
    Dialog,
}
