using Jint;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scheduling;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// Runs an engine's promise jobs at every microtask checkpoint of an <see cref="EventLoop"/>
/// (https://html.spec.whatwg.org/multipage/webappapis.html#perform-a-microtask-checkpoint):
/// Jint keeps its own job queue, which a host call does not drain.
/// </summary>
public static class PromiseJobCheckpoint
{
    /// <summary>Adds a <see cref="PromiseJobActivity"/> counter to engine options, so the checkpoint hook can report whether jobs ran.</summary>
    public static Options TrackJobActivity(this Options options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Constraints.Constraints.Add(new PromiseJobActivity());
        return options;
    }

    /// <summary>
    /// Registers a checkpoint hook on <paramref name="eventLoop"/> that drains
    /// <paramref name="engine"/>'s promise jobs; dispose the result to remove it.
    /// </summary>
    /// <remarks>
    /// The hook tells the loop whether it ran any job, so the checkpoint goes round again while
    /// a job of one engine may have queued a job on another. Jint does not say whether
    /// ProcessTasks ran anything; when the engine was created with
    /// <see cref="TrackJobActivity"/>, the hook compares its statement count before and after
    /// (a job that runs script runs statements). Without it the hook reports false, which is
    /// exact for a single engine (ProcessTasks drains jobs queued by jobs too).
    /// </remarks>
    public static IDisposable Register(EventLoop eventLoop, Engine engine)
    {
        ArgumentNullException.ThrowIfNull(eventLoop);
        ArgumentNullException.ThrowIfNull(engine);
        PromiseJobActivity? activity = engine.Constraints.Find<PromiseJobActivity>();
        return eventLoop.AddMicrotaskCheckpointHook(() =>
        {
            long before = activity?.Statements ?? 0;
            using (BindingRealm.Of(engine)?.EnterScript())
            {
                engine.Advanced.ProcessTasks();
            }


            // FIXME: a job whose reaction is a native function only (p.then(otherEnginesResolve))
            // runs no statement, so it is not seen; another engine's queue it filled is then
            // drained at the next checkpoint instead of this one.
            return activity is not null && activity.Statements != before;
        });
    }
}
