namespace WebMessaging.Cli.Events;

/// <summary>What a <see cref="RunEvent"/> reports.</summary>
internal enum RunEventType
{
    /// <summary>A page called a console method.</summary>
    Console,

    /// <summary>A message was delivered or dropped (or was still queued when the run ended).</summary>
    Message,

    /// <summary>A page script threw an error that nothing caught, or the run hit one of its limits.</summary>
    Error,

    /// <summary>A document finished loading.</summary>
    Load,

    /// <summary>An app running on the pages did something of its own: an alert, a store or widget change, a navigation, a warning, a failed action.</summary>
    App,
}
