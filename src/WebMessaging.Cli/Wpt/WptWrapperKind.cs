namespace WebMessaging.Cli.Wpt;

/// <summary>The generated files wptserve makes from a JavaScript test, by the suffix of the URL asked for.</summary>
internal enum WptWrapperKind
{
    /// <summary><c>x.any.html</c>: a window page running <c>x.any.js</c> (global "window").</summary>
    AnyWindowPage,

    /// <summary><c>x.any.worker.html</c>: a page that fetches the tests of a dedicated worker running <c>x.any.worker.js</c> (global "dedicatedworker").</summary>
    AnyWorkerPage,

    /// <summary><c>x.any.worker.js</c>: the worker script that imports testharness.js, the META scripts and <c>x.any.js</c>, then calls done().</summary>
    AnyWorkerScript,

    /// <summary><c>x.window.html</c>: a window page running <c>x.window.js</c>.</summary>
    WindowPage,

    /// <summary><c>x.worker.html</c>: a page that fetches the tests of a dedicated worker running <c>x.worker.js</c> as it is.</summary>
    WorkerPage,
}
