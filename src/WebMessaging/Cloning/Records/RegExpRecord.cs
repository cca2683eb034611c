namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value has a [[RegExpMatcher]] internal slot, then set serialized to
/// { [[Type]]: "RegExp", [[RegExpMatcher]]: value.[[RegExpMatcher]], [[OriginalSource]]:
/// value.[[OriginalSource]], [[OriginalFlags]]: value.[[OriginalFlags]] }."
/// lastIndex is not part of the record.
/// </summary>
public sealed class RegExpRecord(string source, string flags) : SerializedRecord
{
    /// <summary>The pattern's original source text.</summary>
    public string Source { get; } = source;

    /// <summary>The original flags, e.g. "gi".</summary>
    public string Flags { get; } = flags;

    /// <inheritdoc />
    public override string Type => "RegExp";
}
