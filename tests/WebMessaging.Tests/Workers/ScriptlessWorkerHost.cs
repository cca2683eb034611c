using WebMessaging.Workers;

namespace WebMessaging.Tests.Workers;

/// <summary>A worker host whose "script" is .NET code run on the worker's event loop (its own thread, with worker threads).</summary>
internal sealed class ScriptlessWorkerHost(Action<DedicatedWorkerGlobalScope> script) : IWorkerHost
{
    public bool RunWorkerScript(DedicatedWorkerGlobalScope global)
    {
        script(global);
        return true;
    }
}
