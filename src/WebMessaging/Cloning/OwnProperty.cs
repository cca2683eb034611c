namespace WebMessaging.Cloning;

/// <summary>
/// One key of EnumerableOwnProperties(value, key). A realm that knows no code can run between
/// listing the keys and reading them (plain CLR data) may hand the value along
/// (<paramref name="HasValue"/>); otherwise the serializer does HasOwnProperty and [[Get]] per key.
/// </summary>
/// <param name="Key">The property key.</param>
/// <param name="Value">The property's value when <paramref name="HasValue"/>.</param>
/// <param name="HasValue">Whether <paramref name="Value"/> is what [[Get]] would return now.</param>
public readonly record struct OwnProperty<TValue>(string Key, TValue Value, bool HasValue);
