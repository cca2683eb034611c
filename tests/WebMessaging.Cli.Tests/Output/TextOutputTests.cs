using Spectre.Console;
using WebMessaging.Cli.Events;
using WebMessaging.Cli.Output;
using WebMessaging.Cli.Tests.Support;
using WebMessaging.Scripting.Console;
using WebMessaging.Tracing;

namespace WebMessaging.Cli.Tests.Output;

public sealed class TextOutputTests
{
    private static readonly TraceParticipant App = new("window#1", "window", "https://app.example", "https://app.example/");

    [Fact]
    public async Task Run_PrintsEachEventAsOneAlignedLine_InTheOrderItHappened()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Equal(
            """
            webmsg run the built-in channel messaging sample (a page and its iframe talking over a MessageChannel) · entry https://app.example/ · virtual time
                 0 ms  load     https://widget.example/chat                   frame in window#1
                 0 ms  load     https://app.example/                          top-level window
                 0 ms  message  https://app.example → https://widget.example  window     delivered                  "Transferring message port"
                 0 ms  console  https://widget.example/chat                   log    widget got Transferring message port from https://app.example
                 0 ms  message  https://app.example → https://widget.example  window     dropped (origin mismatch)  "secret"  targetOrigin https://evil.example
                 0 ms  message  https://widget.example → https://app.example  port       delivered                  "Hello from the iframe!"
                 0 ms  console  https://app.example/                          info   page got over port1: Hello from the iframe!

            summary  2 messages delivered, 1 dropped (1 origin mismatch) · 2 console calls · 2 loads · no errors · 0 ms

            """,
            run.Out);
    }

    [Fact]
    public async Task Run_WithVerbose_NamesEachParticipantById()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(), "run", "--verbose");

        Assert.Contains(
            "https://widget.example (port#1) → https://app.example (port#2)      port       delivered                  \"Hello from the iframe!\"",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WhenAScriptThrows_ListsTheErrorInOrderAndAtTheEnd_AndExitsWithOne()
    {
        var run = await CliRun.StartAsync(CoreScenarios.ChannelHandshake(throwAfterwards: true), "run");

        Assert.Equal(ExitCodes.PageError, run.ExitCode);
        var lines = run.OutLines;
        var errorLine = Array.FindIndex(lines, l => l.Contains("  error    ", StringComparison.Ordinal));
        var dropLine = Array.FindIndex(lines, l => l.Contains("dropped (origin mismatch)", StringComparison.Ordinal));
        var portLine = Array.FindIndex(lines, l => l.Contains("port       delivered", StringComparison.Ordinal));

        // The throwing task was queued by the load task, after the two window messages' tasks
        // and before the port message's (which the first delivery queued).
        Assert.Equal(dropLine + 1, errorLine);
        Assert.Equal(errorLine + 1, portLine);
        Assert.Equal("     0 ms  error    https://app.example/                          boom", lines[errorLine]);
        Assert.Equal("summary  2 messages delivered, 1 dropped (1 origin mismatch) · 2 console calls · 2 loads · 1 error · 0 ms", lines[^2]);
        Assert.Equal("       0 ms  https://app.example/  boom", lines[^1]);
    }

    [Fact]
    public async Task Run_ForADuration_StopsAtThatVirtualTime()
    {
        var run = await CliRun.StartAsync(CoreScenarios.Ticker(), "run", "--for", "1s");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.OutLines;
        Assert.Equal(10, lines.Count(l => l.Contains("window     delivered", StringComparison.Ordinal)));
        Assert.StartsWith("  1000 ms  console  https://app.example/", lines[^3], StringComparison.Ordinal);
        Assert.Equal("summary  10 messages delivered, 0 dropped · 10 console calls · 0 loads · no errors · 1000 ms", lines[^1]);
    }

    [Fact]
    public async Task Run_WithAMessageNeverDelivered_ReportsItPendingAtTheEnd()
    {
        var run = await CliRun.StartAsync(CoreScenarios.UnstartedPort(), "run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.OutLines;
        Assert.Equal("     0 ms  message  https://app.example → https://app.example     port       pending                    \"never read\"", lines[^3]);
        Assert.Equal("summary  0 messages delivered, 0 dropped, 1 pending · 0 console calls · 1 load · no errors · 0 ms", lines[^1]);
    }

    [Fact]
    public void ConsoleTextOfSeveralLines_ContinuesUnderTheTextColumn()
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = new TextEventWriter(new PlainLineOutput(output), verbose: false);

        writer.OnEvent(new ConsoleRunEvent(1, 2.5, App, new ConsoleMessage("table", ConsoleLogLevel.Log, "first\nsecond", 1)));

        Assert.Equal(
            "   2.5 ms  console  https://app.example/                          log    first\n"
            + "                                                                         second\n",
            output.ToString());
    }

    [Fact]
    public void DroppedPortMessageWithNoReceiver_SaysNobody()
    {
        var output = new StringWriter { NewLine = "\n" };
        var writer = new TextEventWriter(new PlainLineOutput(output), verbose: false);
        var port = new TraceParticipant("port#1", "port", "https://app.example", "https://app.example/");

        writer.OnEvent(new MessageRunEvent(1, 0, MessageStatus.Dropped, MessageKind.Port, 1, port, null, null, DropReason.PortClosed, "42", 0));

        Assert.Equal(
            "     0 ms  message  https://app.example → nobody                  port       dropped (port closed)      42\n",
            output.ToString());
    }

    [Fact]
    public void OnATerminal_LinesAreColoured()
    {
        var output = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Out = new AnsiConsoleOutput(output),
        });
        var writer = new TextEventWriter(ILineOutput.For(new CliIo(output, TextWriter.Null, terminal)), verbose: false);

        writer.OnEvent(new ConsoleRunEvent(1, 0, App, new ConsoleMessage("error", ConsoleLogLevel.Error, "it broke", 1)));

        Assert.Contains("\u001b[", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("it broke", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WhenRedirected_LinesHaveNoEscapeCodes()
    {
        var output = new StringWriter();
        var writer = new TextEventWriter(ILineOutput.For(new CliIo(output, TextWriter.Null, null)), verbose: false);

        writer.OnEvent(new ConsoleRunEvent(1, 0, App, new ConsoleMessage("error", ConsoleLogLevel.Error, "it broke", 1)));

        Assert.DoesNotContain("\u001b", output.ToString(), StringComparison.Ordinal);
    }
}
