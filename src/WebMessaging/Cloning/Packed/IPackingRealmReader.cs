namespace WebMessaging.Cloning.Packed;

/// <summary>
/// What the packed serializer reads of a realm's values beyond <see cref="IRealmReader{TValue}"/>:
/// reads that run no user code (no script, no CLR getter, indexer or enumerator of the
/// application's), so that giving up afterwards has had no effect.
/// </summary>
/// <typeparam name="TValue">The realm's value type.</typeparam>
internal interface IPackingRealmReader<TValue>
{
    /// <summary>
    /// Appends the own enumerable string-keyed properties of <paramref name="value"/>, in the
    /// order of <see cref="IRealmReader{TValue}.GetEnumerableOwnProperties"/>, each data
    /// property with its value and each accessor without one; or returns false, having read
    /// nothing, when listing them would run user code.
    /// </summary>
    /// <remarks>
    /// Values listed ahead are what reading each in turn would give only while no script runs
    /// in between: the packed serializer gives up at the first accessor, so no getter ever runs
    /// while it packs. (StructuredSerializer cannot rely on that and reads each in turn.)
    /// </remarks>
    bool TryGetOwnDataProperties(TValue value, List<OwnProperty<TValue>> properties);

    /// <summary>
    /// <see cref="IRealmReader{TValue}.TryGetDenseElements"/>, but false without reading
    /// anything when reading the elements would run user code.
    /// </summary>
    bool TryGetDenseElementsWithoutUserCode(TValue value, List<TValue> elements);

    /// <summary>
    /// The shape of <paramref name="value"/>, an Object (as classified) that is no dictionary
    /// of the realm's own, when its type alone fixes its keys and they are all data
    /// properties read without user code; otherwise null.
    /// </summary>
    PackingShape? GetPackingShape(TValue value);
}
