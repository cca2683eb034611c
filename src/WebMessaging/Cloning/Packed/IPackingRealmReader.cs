namespace WebMessaging.Cloning.Packed;

/// <summary>What the packed serializer reads of a realm's values beyond <see cref="IRealmReader{TValue}"/>.</summary>
/// <typeparam name="TValue">The realm's value type.</typeparam>
internal interface IPackingRealmReader<TValue>
{
    /// <summary>
    /// Appends the own enumerable string-keyed properties of <paramref name="value"/>, in the
    /// order of <see cref="IRealmReader{TValue}.GetEnumerableOwnProperties"/>, each data
    /// property with its value (read without running script) and each accessor without one.
    /// </summary>
    /// <remarks>
    /// Values listed ahead are what reading each in turn would give only while no script runs
    /// in between: the packed serializer gives up at the first accessor, so no getter ever runs
    /// while it packs. (StructuredSerializer cannot rely on that and reads each in turn.)
    /// </remarks>
    void GetOwnDataProperties(TValue value, List<OwnProperty<TValue>> properties);
}
