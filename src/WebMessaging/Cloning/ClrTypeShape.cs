using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using WebMessaging.Cloning.Packed;

namespace WebMessaging.Cloning;

/// <summary>
/// What the CLR realm learned about a type it has no built-in rule for: which kind of
/// JavaScript value it becomes and, for a plain object, compiled getters of its public
/// properties. Made once per type (reflection and compilation happen here only) and cached.
/// </summary>
internal sealed class ClrTypeShape
{
    private static readonly ConcurrentDictionary<Type, ClrTypeShape> Cache = new();
    private static readonly Func<Type, ClrTypeShape> Factory = type =>
    {
        ClrTypeShape shape = Create(type);
        shape.Type = type;
        return shape;
    };

    // The shape asked for last: a run of values of one type (the messages of a protocol)
    // finds its shape without a dictionary lookup.
    private static ClrTypeShape? s_last;

    private ClrTypeShape(ClrShapeKind kind, ClrPropertyGetter[] properties, bool readsWithoutUserCode)
    {
        Kind = kind;
        Properties = properties;
        ReadsWithoutUserCode = readsWithoutUserCode;
    }

    /// <summary>How values of the type are read.</summary>
    public ClrShapeKind Kind { get; }

    /// <summary>The kind of JavaScript value the type becomes.</summary>
    public RealmValueKind ValueKind => Kind switch
    {
        ClrShapeKind.PropertyBag or ClrShapeKind.StringKeyedDictionary => RealmValueKind.Object,
        ClrShapeKind.Dictionary => RealmValueKind.Map,
        ClrShapeKind.Set => RealmValueKind.Set,
        _ => RealmValueKind.Array,
    };

    /// <summary>For <see cref="ClrShapeKind.PropertyBag"/>: the properties, in declaration order.</summary>
    public ClrPropertyGetter[] Properties { get; }

    /// <summary>
    /// Whether reading a value of the type (listing its properties, elements or entries) runs
    /// only runtime code: a <see cref="List{T}"/>, an array, a <see cref="Dictionary{TKey, TValue}"/>,
    /// a <see cref="HashSet{T}"/>, or a plain object whose getters are all compiler-generated
    /// (records, anonymous types, auto-properties). Reading such a value twice is unobservable.
    /// </summary>
    public bool ReadsWithoutUserCode { get; }

    /// <summary>The shape of <paramref name="type"/>.</summary>
    public static ClrTypeShape For(Type type)
    {
        ClrTypeShape? last = s_last;
        if (last is not null && ReferenceEquals(last.Type, type))
        {
            return last;
        }

        last = Cache.GetOrAdd(type, Factory);
        s_last = last;
        return last;
    }

    /// <summary>The type this is the shape of.</summary>
    public Type Type { get; private set; } = typeof(object);

    /// <summary>
    /// For a plain property bag read without user code (see <see cref="ReadsWithoutUserCode"/>),
    /// what the packed serializer needs to pack its values without listing their properties;
    /// otherwise null.
    /// </summary>
    public PackingShape? Packing { get; private set; }

    /// <summary>The shape <see cref="For"/> gave last, if it is the shape of <paramref name="type"/>; otherwise null.</summary>
    public static ClrTypeShape? LastIfFor(Type type)
    {
        ClrTypeShape? last = s_last;
        return last is not null && ReferenceEquals(last.Type, type) ? last : null;
    }

    private static ClrTypeShape Create(Type type)
    {
        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            Type? keyType = FindGenericInterface(type, typeof(IDictionary<,>))?.GetGenericArguments()[0];
            return new(keyType == typeof(string) ? ClrShapeKind.StringKeyedDictionary : ClrShapeKind.Dictionary, [], IsGenericOf(type, typeof(Dictionary<,>)));
        }

        if (FindGenericInterface(type, typeof(ISet<>)) is not null || FindGenericInterface(type, typeof(IReadOnlySet<>)) is not null)
        {
            return new(ClrShapeKind.Set, [], IsGenericOf(type, typeof(HashSet<>)));
        }

        if (typeof(IList).IsAssignableFrom(type))
        {
            return new(ClrShapeKind.List, [], type.IsSZArray || IsGenericOf(type, typeof(List<>)));
        }

        if (typeof(IEnumerable).IsAssignableFrom(type))
        {
            // Enumerating may run anything (an iterator, a LINQ query's lambdas).
            return new(ClrShapeKind.Enumerable, [], false);
        }

        // An anonymous type's getters, like auto-properties' getters, only return a field.
        bool isAnonymous = type.IsDefined(typeof(CompilerGeneratedAttribute), false) && type.Name.Contains("AnonymousType", StringComparison.Ordinal);
        bool allGettersGenerated = true;
        var getters = new List<ClrPropertyGetter>();
        PropertyInfo[] readable = [.. ReadableProperties(type)];
        foreach (PropertyInfo property in readable)
        {
            getters.Add(new ClrPropertyGetter(property.Name, CompileGetter(type, property)));
            if (!isAnonymous && !property.GetMethod!.IsDefined(typeof(CompilerGeneratedAttribute), false))
            {
                allGettersGenerated = false;
            }
        }

        // (A type that gets here is a plain property bag: the dictionary and collection
        // interfaces all derive from IEnumerable, ruled out above.) Its packing shape lists
        // the very properties its getters read.
        return new(ClrShapeKind.PropertyBag, [.. getters], allGettersGenerated)
        {
            Packing = allGettersGenerated ? CreatePackingShape(type, readable) : null,
        };
    }

    private static PackingShape? CreatePackingShape(Type type, PropertyInfo[] readable)
    {
        var properties = new List<PackedProperty>();
        foreach (PropertyInfo property in readable)
        {
            // Longer keys are left to the general way (see PackedSerializer).
            if (property.Name.Length > PackedSerializer<object?, ClrRealmAccessor>.MaxStringLength)
            {
                return null;
            }

            // The types whose values the CLR realm reads as a Number, a Boolean or a String
            // (or null) only; any other is read as a value and classified.
            Type propertyType = property.PropertyType;
            (PackedPropertyKind kind, Type getterType) =
                propertyType == typeof(int) || propertyType == typeof(short) || propertyType == typeof(ushort) || propertyType == typeof(byte) || propertyType == typeof(sbyte) ? (PackedPropertyKind.Int32, typeof(int))
                : propertyType == typeof(double) ? (PackedPropertyKind.Number, typeof(double))
                : propertyType == typeof(bool) ? (PackedPropertyKind.Boolean, typeof(bool))
                : propertyType == typeof(string) ? (PackedPropertyKind.String, typeof(string))
                : (PackedPropertyKind.Value, typeof(object));
            properties.Add(new PackedProperty(property.Name, kind, CompileGetter(type, property, getterType)));
        }

        return new PackingShape([.. properties]);
    }

    private static IEnumerable<PropertyInfo> ReadableProperties(Type type)
    {
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                yield return property;
            }
        }
    }

    private static Func<object, object?> CompileGetter(Type type, PropertyInfo property) =>
        (Func<object, object?>)CompileGetter(type, property, typeof(object));

    // (object instance) => (TResult)((T)instance).Property
    private static Delegate CompileGetter(Type type, PropertyInfo property, Type resultType)
    {
        ParameterExpression instance = Expression.Parameter(typeof(object), "instance");
        Expression body = Expression.Convert(Expression.Property(Expression.Convert(instance, type), property), resultType);
        return Expression.Lambda(typeof(Func<,>).MakeGenericType(typeof(object), resultType), body, instance).Compile();
    }

    private static bool IsGenericOf(Type type, Type genericDefinition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == genericDefinition;

    private static Type? FindGenericInterface(Type type, Type genericInterface)
    {
        if (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == genericInterface)
        {
            return type;
        }

        foreach (Type candidate in type.GetInterfaces())
        {
            if (candidate.IsGenericType && candidate.GetGenericTypeDefinition() == genericInterface)
            {
                return candidate;
            }
        }

        return null;
    }
}
