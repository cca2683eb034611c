namespace WebMessaging.Cloning;

/// <summary>Transfer lists shared by the postMessage paths.</summary>
internal static class TransferList
{
    /// <summary>
    /// The empty transfer list of a message that transfers nothing. A List rather than an empty
    /// array: calls through IReadOnlyList on an array take the runtime's slow interface
    /// dispatch, which showed on the per-message path.
    /// </summary>
    public static readonly IReadOnlyList<object?> Empty = new List<object?>();
}
