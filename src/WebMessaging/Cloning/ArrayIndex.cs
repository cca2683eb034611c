using System.Globalization;

namespace WebMessaging.Cloning;

/// <summary>Array index keys (https://tc39.es/ecma262/#array-index): canonical numeric strings of integers below 2^32 - 1.</summary>
internal static class ArrayIndex
{
    private static readonly string[] SmallIndexKeys = CreateSmallIndexKeys(1024);

    /// <summary>The property key of <paramref name="index"/>; small indices reuse cached strings.</summary>
    public static string ToKey(int index) =>
        (uint)index < (uint)SmallIndexKeys.Length ? SmallIndexKeys[index] : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The property key of <paramref name="index"/>.</summary>
    public static string ToKey(uint index) =>
        index < (uint)SmallIndexKeys.Length ? SmallIndexKeys[index] : index.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="key"/> is an array index, and which.</summary>
    public static bool TryParse(string key, out uint index)
    {
        index = 0;
        int length = key.Length;
        if (length == 0 || length > 10 || (length > 1 && key[0] == '0'))
        {
            return false;
        }

        ulong value = 0;
        foreach (char c in key)
        {
            uint digit = (uint)(c - '0');
            if (digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        // 2^32 - 1 is not an index: it is the largest possible length.
        if (value >= uint.MaxValue)
        {
            return false;
        }

        index = (uint)value;
        return true;
    }

    private static string[] CreateSmallIndexKeys(int count)
    {
        var keys = new string[count];
        for (int i = 0; i < count; i++)
        {
            keys[i] = i.ToString(CultureInfo.InvariantCulture);
        }

        return keys;
    }
}
