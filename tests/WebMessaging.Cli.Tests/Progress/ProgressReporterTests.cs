using Spectre.Console;
using WebMessaging.Cli.Progress;

namespace WebMessaging.Cli.Tests.Progress;

public sealed class ProgressReporterTests
{
    [Fact]
    public async Task WhenRedirected_PrintsOnePlainLinePerItem_AndReturnsTheResultsInOrder()
    {
        var output = new StringWriter { NewLine = "\n" };
        string[] pages = ["a.html", "b.html", "c.html"];

        var results = await ProgressReporter.ForEachAsync(
            new CliIo(output, TextWriter.Null, null), "pages", pages, p => p, (p, _) => Task.FromResult(p.Length), n => n + " chars");

        Assert.Equal([6, 6, 6], results);
        Assert.Equal("[1/3] a.html  6 chars\n[2/3] b.html  6 chars\n[3/3] c.html  6 chars\n", output.ToString());
    }

    [Fact]
    public async Task OnATerminal_ShowsAProgressBar_AndRunsEveryItem()
    {
        var output = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.TrueColor,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        var done = new List<int>();

        var results = await ProgressReporter.ForEachAsync(
            new CliIo(output, TextWriter.Null, terminal), "tests", [1, 2, 3, 4], i => "test " + i, (i, _) => { done.Add(i); return Task.FromResult(i * i); }, r => r.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([1, 4, 9, 16], results);
        Assert.Equal([1, 2, 3, 4], done);
        Assert.Contains("100%", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("[1/4]", output.ToString(), StringComparison.Ordinal);
    }
}
