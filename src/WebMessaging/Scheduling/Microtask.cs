namespace WebMessaging.Scheduling;

/// <summary>A microtask of the core's own microtask queue, with a description for traces and limit errors.</summary>
internal readonly record struct Microtask(Action Step, string Description);
