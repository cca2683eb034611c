using WebMessaging.Browsing;
using WebMessaging.Origins;

namespace WebMessaging.Tests.Messaging;

/// <summary>A global for messaging tests: a window-like scope whose label is its origin and which can be closed.</summary>
internal sealed class TestGlobal : GlobalScope
{
    public TestGlobal(Browser browser, Origin origin)
        : base(browser, origin, "window")
    {
    }

    public TestGlobal(Browser browser, string origin)
        : this(browser, Origin.Parse(origin))
    {
    }

    public override string Label => Origin.Serialize();

    public override bool IsClosed => Closed;

    /// <summary>Set to make the global count as closed (a closed window or terminated worker).</summary>
    public bool Closed { get; set; }

    /// <summary>The exceptions reported at this global, in order.</summary>
    public List<Exception> Reported { get; } = [];

    /// <summary>Records reported exceptions instead of leaving them to the browser.</summary>
    public TestGlobal RecordingExceptions()
    {
        ExceptionReported += (_, e) => Reported.Add(e.Exception);
        return this;
    }
}
