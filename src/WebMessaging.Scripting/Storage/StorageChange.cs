namespace WebMessaging.Scripting.Storage;

/// <summary>One change of a storage area, as the storage event reports it: key, oldValue and newValue are null for clear().</summary>
/// <param name="Area">The area that changed.</param>
/// <param name="Source">What made the change (the changing window's core Window), so that it gets no event itself.</param>
/// <param name="Key">The key set or removed, or null for clear().</param>
/// <param name="OldValue">The value before, or null.</param>
/// <param name="NewValue">The value after, or null.</param>
public sealed record StorageChange(StorageArea Area, object? Source, string? Key, string? OldValue, string? NewValue);
