using System.Numerics;
using System.Runtime.CompilerServices;

namespace WebMessaging.Values;

/// <summary>
/// https://tc39.es/ecma262/#sec-samevaluezero over CLR values as the CLR realm maps them:
/// every CLR number is a Number (so 1, 1L and 1.0 are one key, NaN equals NaN, and +0 equals
/// -0), strings and BigInts compare by value, null and <see cref="Undefined"/> are keys like
/// any other, value types compare with Equals, and other objects by identity.
/// </summary>
public sealed class SameValueZeroComparer : IEqualityComparer<object?>
{
    private SameValueZeroComparer()
    {
    }

    /// <summary>The comparer.</summary>
    public static SameValueZeroComparer Instance { get; } = new();

    /// <inheritdoc />
    public new bool Equals(object? x, object? y)
    {
        if (ReferenceEquals(x, y))
        {
            return true;
        }

        if (x is null || y is null)
        {
            return false;
        }

        if (TryGetNumber(x, out double a))
        {
            return TryGetNumber(y, out double b) && (a == b || (double.IsNaN(a) && double.IsNaN(b)));
        }

        return x switch
        {
            string s => y is string t && string.Equals(s, t, StringComparison.Ordinal),
            BigInteger i => y is BigInteger j && i.Equals(j),
            ValueType => x.Equals(y),
            _ => false,
        };
    }

    /// <inheritdoc />
    public int GetHashCode(object? obj)
    {
        if (obj is null)
        {
            return 0;
        }

        if (TryGetNumber(obj, out double number))
        {
            // +0 and -0 hash alike, and all NaNs hash alike.
            return double.IsNaN(number) ? int.MinValue : (number == 0 ? 0.0 : number).GetHashCode();
        }

        return obj is string or ValueType ? obj.GetHashCode() : RuntimeHelpers.GetHashCode(obj);
    }

    internal static bool TryGetNumber(object value, out double number)
    {
        switch (value)
        {
            case double d: number = d; return true;
            case int i: number = i; return true;
            case long l: number = l; return true;
            case float f: number = f; return true;
            case short s: number = s; return true;
            case byte b: number = b; return true;
            case sbyte sb: number = sb; return true;
            case ushort us: number = us; return true;
            case uint ui: number = ui; return true;
            case ulong ul: number = ul; return true;
            case decimal m: number = (double)m; return true;
            case Half h: number = (double)h; return true;
            default: number = 0; return false;
        }
    }
}
