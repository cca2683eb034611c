namespace WebMessaging.Cloning.Wire;

/// <summary>
/// The bytes given to <see cref="WireFormat.Decode(ReadOnlySpan{byte})"/> are not a valid
/// encoding: truncated, corrupt, of an unknown version, or nested too deeply. The message says
/// what was wrong and <see cref="Offset"/> says where.
/// </summary>
public sealed class WireFormatException : FormatException
{
    /// <summary>Creates the exception for a <paramref name="problem"/> found at byte <paramref name="offset"/> of the input.</summary>
    public WireFormatException(string problem, int offset)
        : base($"{problem} (at byte offset {offset}).")
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Problem = problem;
        Offset = offset;
    }

    /// <summary>What was wrong with the input, without the offset.</summary>
    public string Problem { get; }

    /// <summary>The byte offset in the input where the faulty item starts.</summary>
    public int Offset { get; }
}
