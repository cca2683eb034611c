namespace WebMessaging.Tests.Cloning;

/// <summary>A positional record: a plain object of X and Label.</summary>
/// <param name="X">A number.</param>
/// <param name="Label">Any value.</param>
public sealed record PointRecord(double X, object? Label);
