using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using WebMessaging.Cli.Events;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Output;

/// <summary>
/// Writes each event as one JSON object on its own line (NDJSON), in the format documented in
/// docs/trace-format.md and checked by docs/trace-format.schema.json.
/// </summary>
internal sealed class JsonEventWriter : IRunEventObserver
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Non-ASCII text stays readable; quotes, control characters and line breaks are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly TextWriter _writer;
    private readonly ArrayBufferWriter<byte> _buffer = new(512);

    /// <summary>Creates a writer that writes one line per event to <paramref name="writer"/>.</summary>
    public JsonEventWriter(TextWriter writer)
    {
        _writer = writer;
    }

    /// <inheritdoc />
    public void OnEvent(RunEvent runEvent)
    {
        ArgumentNullException.ThrowIfNull(runEvent);
        _writer.WriteLine(Serialize(runEvent));
    }

    /// <summary>The event as one line of JSON, without the line break.</summary>
    public string Serialize(RunEvent runEvent)
    {
        _buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            Write(json, runEvent);
        }

        return Encoding.UTF8.GetString(_buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter json, RunEvent runEvent)
    {
        json.WriteStartObject();
        json.WriteNumber("t", runEvent.Time);
        json.WriteString("type", EventText.Type(runEvent.Type));
        json.WriteNumber("seq", runEvent.Sequence);
        switch (runEvent)
        {
            case ConsoleRunEvent console:
                WriteParticipant(json, "global", console.Global);
                json.WriteString("level", EventText.Level(console.Message.Level));
                json.WriteString("method", console.Message.Method);
                json.WriteString("text", console.Message.Text);
                json.WriteNumber("groupDepth", console.Message.GroupDepth);
                if (console.Message.Location is { } location)
                {
                    json.WriteStartObject("location");
                    json.WriteString("url", location.Url);
                    json.WriteNumber("line", location.Line);
                    json.WriteNumber("column", location.Column);
                    json.WriteEndObject();
                }
                else
                {
                    json.WriteNull("location");
                }

                break;
            case MessageRunEvent message:
                json.WriteString("kind", EventText.Kind(message.Kind));
                json.WriteString("status", EventText.Status(message.Status));
                if (message.Status == MessageStatus.Dropped)
                {
                    json.WriteString("reason", EventText.ReasonCode(message.DropReason));
                }
                else
                {
                    json.WriteNull("reason");
                }

                json.WriteNumber("messageId", message.MessageId);
                WriteParticipant(json, "from", message.Sender);
                WriteParticipant(json, "to", message.Receiver);
                if (message.TargetOrigin is { } targetOrigin)
                {
                    json.WriteString("targetOrigin", targetOrigin);
                }
                else
                {
                    json.WriteNull("targetOrigin");
                }

                json.WriteString("preview", message.Preview);
                json.WriteNumber("postedAt", message.PostedAt);
                break;
            case ErrorRunEvent error:
                WriteParticipant(json, "global", error.Global);
                json.WriteString("message", error.Message);
                if (error.Detail is { } detail)
                {
                    json.WriteString("detail", detail);
                }
                else
                {
                    json.WriteNull("detail");
                }

                break;
            case AppRunEvent app:
                WriteParticipant(json, "global", app.Global);
                json.WriteString("category", app.Category);
                json.WriteString("subject", app.Subject);
                json.WriteString("text", app.Text);
                break;
            case LoadRunEvent load:
                WriteParticipant(json, "global", load.Global);
                if (load.ParentId is { } parent)
                {
                    json.WriteString("parent", parent);
                }
                else
                {
                    json.WriteNull("parent");
                }

                break;
        }

        json.WriteEndObject();
    }

    private static void WriteParticipant(Utf8JsonWriter json, string name, TraceParticipant? participant)
    {
        if (participant is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        json.WriteString("id", participant.Id);
        json.WriteString("kind", participant.Kind);
        json.WriteString("origin", participant.Origin);
        json.WriteString("label", participant.Label);
        json.WriteEndObject();
    }
}
