namespace WebMessaging.Workers;

/// <summary>
/// What runs a worker's script: a script engine gives the worker's global its realm, fetches
/// the script at the worker's URL and runs it. Without a host (<see cref="Browsing.Browser.WorkerHost"/>
/// null) a worker has no script: .NET code listens on its global directly.
/// </summary>
public interface IWorkerHost
{
    /// <summary>
    /// Called on the worker's event loop, in the worker's first task: creates the realm of
    /// <paramref name="global"/>, fetches its script and runs it (reporting what it throws at
    /// the global). Returns false when the script could not be fetched (a network error),
    /// true once it ran.
    /// </summary>
    bool RunWorkerScript(DedicatedWorkerGlobalScope global);
}
