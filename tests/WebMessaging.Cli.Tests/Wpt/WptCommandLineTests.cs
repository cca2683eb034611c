using WebMessaging.Cli.Running;
using WebMessaging.Cli.Tests.Support;

namespace WebMessaging.Cli.Tests.Wpt;

public sealed class WptCommandLineTests
{
    [Fact]
    public async Task Wpt_WithoutRoot_IsBadInputPointingToItsHelp()
    {
        var run = await CliRun.StartAsync(new ScriptedPageRunner(), "wpt", "a/b.html");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--root", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'webmsg wpt --help' for the options.\n", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wpt_WithAMissingRoot_NamesIt()
    {
        var run = await CliRun.StartAsync(new ScriptedPageRunner(), "wpt", "--root", "no-such-checkout");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("webmsg: --root 'no-such-checkout': no such folder.\n", run.Error);
    }

    [Fact]
    public async Task Wpt_WithNoTests_IsBadInput()
    {
        using var checkout = new WptCheckoutFolder(harness: null);
        checkout.Write("empty/readme.txt", "nothing");

        var run = await CliRun.StartAsync(new ScriptedPageRunner(), "wpt", "--root", checkout.Root, "empty");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Equal("webmsg: no testharness.js tests found in empty.\n", run.Error);
    }

    [Fact]
    public async Task Wpt_WithAJsonPathInAMissingFolder_IsBadInputBeforeRunning()
    {
        using var checkout = new WptCheckoutFolder(harness: null);

        var run = await CliRun.StartAsync(new ScriptedPageRunner(), "wpt", "--root", checkout.Root, "--json", Path.Combine(checkout.Root, "no", "r.json"));

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("the folder does not exist", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wpt_WithABadTimeout_IsBadInput()
    {
        var run = await CliRun.StartAsync(new ScriptedPageRunner(), "wpt", "--root", ".", "--timeout", "0s");

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains("--timeout '0s': must be more than zero", run.Error, StringComparison.Ordinal);
    }
}
