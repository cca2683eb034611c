using System.Text.Json;
using NJsonSchema;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.Output;

public sealed class JsonOutputTests
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() =>
        JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "trace-format.schema.json")));

    public static TheoryData<string> Scenarios => new() { "handshake", "throwing", "pending", "ticker" };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Json_EveryLineIsAnEventThatTheSchemaAccepts(string scenario)
    {
        var schema = await Schema.Value;

        var run = await RunAsync(scenario);

        Assert.NotEmpty(run.OutLines);
        foreach (var line in run.OutLines)
        {
            var errors = schema.Validate(line);
            Assert.True(errors.Count == 0, line + "\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }
    }

    [Fact]
    public async Task Json_PrintsOnlyEvents_NumberedInOrder()
    {
        var run = await RunAsync("throwing");

        Assert.Equal(ExitCodes.PageError, run.ExitCode);
        var events = run.OutLines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.Equal(Enumerable.Range(1, events.Count), events.Select(e => e.GetProperty("seq").GetInt32()));
        Assert.Equal(
            ["load", "load", "message", "console", "message", "error", "message", "console"],
            events.Select(e => e.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Json_DescribesADroppedWindowMessage()
    {
        var run = await RunAsync("handshake");

        var dropped = run.OutLines.Single(line => line.Contains("\"dropped\"", StringComparison.Ordinal));
        Assert.Equal(
            """{"t":0,"type":"message","seq":5,"kind":"window","status":"dropped","reason":"originMismatch","messageId":2,"from":{"id":"window#1","kind":"window","origin":"https://app.example","label":"https://app.example/"},"to":{"id":"window#2","kind":"window","origin":"https://widget.example","label":"https://widget.example/chat"},"targetOrigin":"https://evil.example","preview":"\"secret\"","postedAt":0}""",
            dropped);
    }

    [Fact]
    public async Task Json_DescribesAConsoleCall()
    {
        var run = await RunAsync("handshake");

        Assert.Equal(
            """{"t":0,"type":"console","seq":4,"global":{"id":"window#2","kind":"window","origin":"https://widget.example","label":"https://widget.example/chat"},"level":"log","method":"log","text":"widget got Transferring message port from https://app.example","groupDepth":0,"location":null}""",
            run.OutLines[3]);
    }

    [Fact]
    public async Task Schema_RefusesAnEventOfAnUnknownTypeOrWithAnUnknownProperty()
    {
        var schema = await Schema.Value;

        Assert.NotEmpty(schema.Validate("""{"t":0,"type":"posted","seq":1}"""));
        Assert.Empty(schema.Validate("""{"t":0,"type":"load","seq":1,"global":{"id":"window#1","kind":"window","origin":"null","label":"about:blank"},"parent":null}"""));
        Assert.NotEmpty(schema.Validate("""{"t":0,"type":"load","seq":1,"global":{"id":"window#1","kind":"window","origin":"null","label":"about:blank"},"parent":null,"extra":1}"""));
        Assert.NotEmpty(schema.Validate("""{"t":0,"type":"console","seq":1,"global":{"id":"window#1","kind":"window","origin":"null","label":"about:blank"},"parent":null}"""));
    }

    private static Task<CliRun> RunAsync(string scenario) => scenario switch
    {
        "handshake" => CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", "--json"),
        "throwing" => CliRun.StartAsync(CoreScenarios.ChannelHandshake(throwAfterwards: true), "run", "--json"),
        "pending" => CliRun.StartAsync(CoreScenarios.UnstartedPort(), "run", "--json"),
        _ => CliRun.StartAsync(CoreScenarios.Ticker(), "run", "--json", "--for", "300ms"),
    };
}
