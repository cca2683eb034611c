namespace WebMessaging.Scheduling;

/// <summary>Removes external work from its <see cref="EventLoop"/> when disposed.</summary>
internal sealed class ExternalWorkRegistration : IDisposable
{
    private EventLoop? _loop;
    private readonly Func<bool> _hasPendingWork;

    public ExternalWorkRegistration(EventLoop loop, Func<bool> hasPendingWork)
    {
        _loop = loop;
        _hasPendingWork = hasPendingWork;
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _loop, null)?.RemoveExternalWork(_hasPendingWork);
    }
}
