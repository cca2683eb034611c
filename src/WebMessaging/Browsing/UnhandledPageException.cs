namespace WebMessaging.Browsing;

/// <summary>An exception reported at a global that no handler took.</summary>
/// <param name="Global">Where it was reported (null when no global owned the failing task).</param>
/// <param name="Exception">What was thrown.</param>
/// <param name="Time">Virtual time of the report, in milliseconds.</param>
public sealed record UnhandledPageException(GlobalScope? Global, Exception Exception, double Time);
