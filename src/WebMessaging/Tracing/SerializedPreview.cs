using System.Globalization;
using System.Text;
using WebMessaging.Cloning.Records;

namespace WebMessaging.Tracing;

/// <summary>
/// A short, readable preview of a serialized message for traces, in the style of a
/// console: <c>{i: 1, s: "hello"}</c>, <c>[1, 2, 3]</c>, <c>Map(2) {...}</c>.
/// </summary>
public static class SerializedPreview
{
    /// <summary>Formats <paramref name="value"/> in at most about <paramref name="maxLength"/> characters.</summary>
    public static string Format(SerializedValue value, int maxLength = 80)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 8);
        var builder = new StringBuilder();
        Append(builder, value, maxLength, depth: 0);
        if (builder.Length > maxLength)
        {
            builder.Length = maxLength - 1;
            builder.Append('…');
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder builder, SerializedValue value, int maxLength, int depth)
    {
        if (builder.Length > maxLength)
        {
            return;
        }

        switch (value.Kind)
        {
            case SerializedKind.Undefined:
                builder.Append("undefined");
                return;
            case SerializedKind.Null:
                builder.Append("null");
                return;
            case SerializedKind.Boolean:
                builder.Append(value.AsBoolean() ? "true" : "false");
                return;
            case SerializedKind.Number:
                AppendNumber(builder, value.AsNumber());
                return;
            case SerializedKind.BigInt:
                builder.Append(value.AsBigInt().ToString(CultureInfo.InvariantCulture)).Append('n');
                return;
            case SerializedKind.String:
                AppendString(builder, value.AsString());
                return;
            default:
                AppendRecord(builder, value.AsRecord(), maxLength, depth);
                return;
        }
    }

    private static void AppendRecord(StringBuilder builder, SerializedRecord record, int maxLength, int depth)
    {
        switch (record)
        {
            case ObjectRecord obj:
                if (depth > 1)
                {
                    builder.Append("{…}");
                    return;
                }

                builder.Append('{');
                for (var i = 0; i < obj.Properties.Count && builder.Length <= maxLength; i++)
                {
                    builder.Append(i == 0 ? "" : ", ").Append(obj.Properties[i].Key).Append(": ");
                    Append(builder, obj.Properties[i].Value, maxLength, depth + 1);
                }

                builder.Append('}');
                return;
            case ArrayRecord array:
                if (depth > 1)
                {
                    builder.Append("Array(").Append(array.Length).Append(')');
                    return;
                }

                builder.Append('[');
                for (var i = 0; i < array.Elements.Count && builder.Length <= maxLength; i++)
                {
                    builder.Append(i == 0 ? "" : ", ");
                    Append(builder, array.Elements[i], maxLength, depth + 1);
                }

                var properties = array.PropertiesIfAny ?? [];
                for (var i = 0; i < properties.Count && builder.Length <= maxLength; i++)
                {
                    builder.Append(i == 0 && array.Elements.Count == 0 ? "" : ", ");
                    Append(builder, properties[i].Value, maxLength, depth + 1);
                }

                builder.Append(']');
                return;
            case MapRecord map:
                builder.Append("Map(").Append(map.Entries.Count).Append(')');
                return;
            case SetRecord set:
                builder.Append("Set(").Append(set.Members.Count).Append(')');
                return;
            case PrimitiveWrapperRecord wrapper:
                builder.Append('[').Append(wrapper.Type).Append(": ");
                Append(builder, wrapper.Primitive, maxLength, depth + 1);
                builder.Append(']');
                return;
            case DateRecord date:
                builder.Append(double.IsNaN(date.TimeValue)
                    ? "Invalid Date"
                    : DateTimeOffset.FromUnixTimeMilliseconds((long)date.TimeValue).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                return;
            case RegExpRecord regExp:
                builder.Append('/').Append(regExp.Source).Append('/').Append(regExp.Flags);
                return;
            case ErrorRecord error:
                builder.Append(error.Name);
                if (!string.IsNullOrEmpty(error.Message))
                {
                    builder.Append(": ").Append(error.Message);
                }

                return;
            case ArrayBufferRecord buffer:
                builder.Append("ArrayBuffer(").Append(buffer.ByteLength).Append(')');
                return;
            case ArrayBufferViewRecord view:
                builder.Append(view.Constructor);
                if (view.Length is { } length)
                {
                    builder.Append('(').Append(length).Append(')');
                }

                return;
            case FileRecord file:
                builder.Append("File(").Append(file.Name).Append(", ").Append(file.Bytes.Length).Append(" bytes)");
                return;
            case BlobRecord blob:
                builder.Append("Blob(").Append(blob.Bytes.Length).Append(" bytes)");
                return;
            case TransferDataHolder holder:
                builder.Append(holder.IsInitialized ? holder.Type : "transferred").Append(" (transferred)");
                return;
            default:
                builder.Append(record.Type);
                return;
        }
    }

    private static void AppendNumber(StringBuilder builder, double number)
    {
        if (number == 0 && double.IsNegative(number))
        {
            builder.Append("-0");
        }
        else if (double.IsNaN(number))
        {
            builder.Append("NaN");
        }
        else if (double.IsInfinity(number))
        {
            builder.Append(number > 0 ? "Infinity" : "-Infinity");
        }
        else
        {
            builder.Append(number.ToString("R", CultureInfo.InvariantCulture));
        }
    }

    private static void AppendString(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                default:
                    builder.Append(c < ' ' ? '·' : c);
                    break;
            }

            if (builder.Length > 200)
            {
                break;
            }
        }

        builder.Append('"');
    }
}
