namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value has a [[DateValue]] internal slot, then set serialized to
/// { [[Type]]: "Date", [[DateValue]]: value.[[DateValue]] }."
/// </summary>
public sealed class DateRecord(double timeValue) : SerializedRecord
{
    /// <summary>Milliseconds since the epoch, UTC; NaN for an invalid date.</summary>
    public double TimeValue { get; } = timeValue;

    /// <inheritdoc />
    public override string Type => "Date";
}
