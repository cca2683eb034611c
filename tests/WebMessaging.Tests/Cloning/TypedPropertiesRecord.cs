namespace WebMessaging.Tests.Cloning;

/// <summary>A record with a property of each type the packed form reads without boxing, and two it reads as values.</summary>
/// <param name="Int">An Int32.</param>
/// <param name="Short">A narrower integer.</param>
/// <param name="Byte">An unsigned byte.</param>
/// <param name="Number">A Double.</param>
/// <param name="Flag">A Boolean.</param>
/// <param name="Text">A string, or null.</param>
/// <param name="Long">A wider integer, read as a value.</param>
/// <param name="Other">Anything, read as a value.</param>
public sealed record TypedPropertiesRecord(int Int, short Short, byte Byte, double Number, bool Flag, string? Text, long Long, object? Other);
