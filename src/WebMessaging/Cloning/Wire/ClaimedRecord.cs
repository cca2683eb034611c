using WebMessaging.Cloning.Records;

namespace WebMessaging.Cloning.Wire;

/// <summary>
/// A record a <see cref="RecordIdTable"/> has claimed. A struct around the reference, so that
/// storing it in the table's list needs no array covariance check (SerializedRecord is not sealed).
/// </summary>
internal readonly record struct ClaimedRecord(SerializedRecord Record);
