using System.Text.Encodings.Web;
using System.Text.Json;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// Writes results in the JSON shape of wptrunner's wptreport (results[].test, status, message,
/// duration, subtests[].name/status/message, plus run_info, time_start and time_end), so a run
/// can be compared with other runners' results.
/// </summary>
internal static class WptJsonReport
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="results"/> of a run from <paramref name="start"/> to <paramref name="end"/> to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<WptFileResult> results, DateTimeOffset start, DateTimeOffset end)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(results);
        using var json = new Utf8JsonWriter(stream, Options);
        json.WriteStartObject();
        json.WriteNumber("time_start", start.ToUnixTimeMilliseconds());
        json.WriteNumber("time_end", end.ToUnixTimeMilliseconds());
        json.WriteStartObject("run_info");
        json.WriteString("product", "webmsg");
        json.WriteString("browser_version", typeof(WptJsonReport).Assembly.GetName().Version?.ToString() ?? "");
        json.WriteString("os", Environment.OSVersion.Platform.ToString().ToLowerInvariant());
        json.WriteBoolean("virtual_time", true);
        json.WriteEndObject();
        json.WriteStartArray("results");
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("test", result.Test);
            json.WriteString("status", result.Status);
            WriteMessage(json, result.Message);
            json.WriteNumber("duration", (long)result.Duration.TotalMilliseconds);
            json.WriteStartArray("subtests");
            foreach (var subtest in result.Subtests)
            {
                json.WriteStartObject();
                json.WriteString("name", subtest.Name);
                json.WriteString("status", subtest.Status);
                WriteMessage(json, subtest.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string? message)
    {
        if (message is null)
        {
            json.WriteNull("message");
        }
        else
        {
            json.WriteString("message", message);
        }
    }
}
