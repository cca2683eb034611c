namespace WebMessaging.Events;

/// <summary>An exception reported (https://html.spec.whatwg.org/multipage/webappapis.html#report-an-exception) by an event listener.</summary>
public sealed class ExceptionReportedEventArgs : EventArgs
{
    /// <summary>Creates the arguments for <paramref name="exception"/>.</summary>
    public ExceptionReportedEventArgs(Exception exception)
    {
        Exception = exception;
    }

    /// <summary>The exception the listener threw.</summary>
    public Exception Exception { get; }
}
