namespace WebMessaging.Workers;

/// <summary>https://html.spec.whatwg.org/multipage/workers.html#workertype: how a worker's script is run.</summary>
public enum WorkerType
{
    /// <summary>"classic": the script is a classic script; importScripts() works.</summary>
    Classic,

    /// <summary>"module": the script is a module script (not supported by the scripted runtime yet).</summary>
    Module,
}
