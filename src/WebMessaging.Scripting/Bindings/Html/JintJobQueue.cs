using System.Runtime.CompilerServices;
using Jint;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// Jint's own job queue (where promise reactions wait), which its public API does not expose.
/// queueMicrotask adds its callbacks there, so that they run in one first-in first-out order
/// with promise reactions, as the spec's single microtask queue has it. Bound at compile time
/// with <see cref="UnsafeAccessorAttribute"/>; a Jint upgrade that renames the method makes the
/// first call throw <see cref="MissingMethodException"/> (the queueMicrotask tests cover it).
/// </summary>
internal static class JintJobQueue
{
    /// <summary>Adds <paramref name="job"/> to the engine's job queue (HostEnqueuePromiseJob).</summary>
    [UnsafeAccessor(UnsafeAccessorKind.Method, Name = "AddToEventLoop")]
    public static extern void Enqueue(Engine engine, Action job);
}
