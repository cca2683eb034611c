namespace WebMessaging.Scheduling;

/// <summary>Unregisters a microtask checkpoint hook from its <see cref="EventLoop"/> when disposed.</summary>
internal sealed class CheckpointHookRegistration : IDisposable
{
    private EventLoop? _loop;
    private readonly Func<bool> _hook;

    public CheckpointHookRegistration(EventLoop loop, Func<bool> hook)
    {
        _loop = loop;
        _hook = hook;
    }

    public void Dispose()
    {
        _loop?.RemoveMicrotaskCheckpointHook(_hook);
        _loop = null;
    }
}
