using WebMessaging.Workers;

namespace WebMessaging.Tests.Workers;

/// <summary>A worker host for which every worker script fails to load (a network error).</summary>
internal sealed class FailingFetchHost : IWorkerHost
{
    public bool RunWorkerScript(DedicatedWorkerGlobalScope global) => false;
}
