namespace WebMessaging.Appsmith.Runtime;

/// <summary>One key of <c>appsmith.store</c>: its value as .NET sees it, and its JSON (null when it has none, as for undefined).</summary>
internal readonly record struct StoreEntry(object? Value, string? Json);
