namespace WebMessaging.Cli.Wpt;

/// <summary>What a file of the checkout is to test discovery, by its name (and, for HTML, its text).</summary>
internal enum WptFileKind
{
    /// <summary>Not a test.</summary>
    None,

    /// <summary>An HTML page that loads <c>/resources/testharness.js</c>.</summary>
    Html,

    /// <summary><c>x.any.js</c>: runs in the globals its META lines name.</summary>
    AnyJs,

    /// <summary><c>x.window.js</c>: runs in a window.</summary>
    WindowJs,

    /// <summary><c>x.worker.js</c>: runs as a dedicated worker's script.</summary>
    WorkerJs,
}
