namespace WebMessaging.Cli.Output;

/// <summary>The role of a piece of an output line, which a terminal shows in a colour.</summary>
internal enum LineStyle
{
    /// <summary>Ordinary text.</summary>
    Plain,

    /// <summary>Secondary text: times, ids, the header.</summary>
    Dim,

    /// <summary>A console.log or console.debug call.</summary>
    Log,

    /// <summary>A console.info call.</summary>
    Info,

    /// <summary>A console.warn call.</summary>
    Warning,

    /// <summary>A console.error call, an uncaught error, a dropped message.</summary>
    Error,

    /// <summary>A delivered message.</summary>
    Delivered,

    /// <summary>A message still queued at the end.</summary>
    Pending,

    /// <summary>A window message's kind.</summary>
    WindowKind,

    /// <summary>A port message's kind.</summary>
    PortKind,

    /// <summary>A broadcast message's kind.</summary>
    BroadcastKind,

    /// <summary>A worker message's kind.</summary>
    WorkerKind,

    /// <summary>A document load.</summary>
    Load,

    /// <summary>A heading, such as the summary's.</summary>
    Heading,
}
