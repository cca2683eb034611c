using WebMessaging.Cli.Running;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.Running;

/// <summary><c>webmsg run</c> with the real page runner: scripted pages, not core stand-ins.</summary>
public sealed class ScriptedPageRunnerTests
{
    [Fact]
    public async Task Run_WithNoArguments_RunsTheBuiltInSample_AndThePageGetsTheIframesAnswer()
    {
        var run = await CliRun.StartAsync(new ScriptedPageRunner(), "run");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Hello from the iframe!", run.Out, StringComparison.Ordinal);
        Assert.Contains("port", run.Out, StringComparison.Ordinal);
        Assert.Contains("delivered", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_APageWhoseScriptThrows_ExitsWithOne_AndListsTheError()
    {
        var folder = Directory.CreateTempSubdirectory("webmsg-throws-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "index.html"), "<script>\nnotAFunction();\n</script>");

            var run = await CliRun.StartAsync(new ScriptedPageRunner(), "run", Path.Combine(folder.FullName, "index.html"), "--origin", "https://app.example");

            Assert.Equal(ExitCodes.PageError, run.ExitCode);
            Assert.Contains("notAFunction", run.Out + run.Error, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
