using System.Globalization;
using WebMessaging.Cli.Progress;

namespace WebMessaging.Cli.Wpt;

/// <summary>
/// <c>webmsg wpt</c>: finds the tests, runs each file in its own browser, prints one line per
/// file and the totals (with a progress bar on a terminal), writes the JSON report, and picks
/// the exit code: 0 when every file's harness ended OK and every subtest passed, 1 otherwise.
/// </summary>
internal sealed class WptCommand
{
    private readonly CliIo _io;

    /// <summary>Creates the command writing to <paramref name="io"/>.</summary>
    public WptCommand(CliIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        _io = io;
    }

    /// <summary>Runs with <paramref name="options"/> and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(WptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        WptCheckout checkout;
        IReadOnlyList<WptTest> tests;
        try
        {
            checkout = WptCheckout.Open(options.Root);
            CheckJsonPath(options.JsonPath);
            tests = new WptTestDiscovery(checkout.Root).Discover(options.Paths);
        }
        catch (WptInputException e)
        {
            await _io.Error.WriteLineAsync("webmsg: " + e.Message).ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        if (tests.Count == 0)
        {
            await _io.Error.WriteLineAsync("webmsg: no testharness.js tests found in " + (options.Paths.Count == 0 ? "the checkout" : string.Join(", ", options.Paths)) + ".").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var runner = new WptFileRunner(checkout.Sites, options.FileTimeout);
        var start = DateTimeOffset.UtcNow;
        IReadOnlyList<WptFileResult> results;
        try
        {
            results = await ProgressReporter.ForEachAsync(_io, "wpt", tests, test => test.Path, runner.RunAsync, Describe, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _io.Error.WriteLineAsync("webmsg: the run was interrupted").ConfigureAwait(false);
            return ExitCodes.PageError;
        }

        var end = DateTimeOffset.UtcNow;

        // On a terminal the progress bar stood in for the lines; they follow it.
        if (_io.Terminal is not null)
        {
            foreach (var result in results)
            {
                await _io.Out.WriteLineAsync(result.Test + "  " + Describe(result)).ConfigureAwait(false);
            }
        }

        if (options.Verbose)
        {
            await WriteFailuresAsync(results).ConfigureAwait(false);
        }

        await _io.Out.WriteLineAsync(Totals(results)).ConfigureAwait(false);

        if (options.JsonPath is { } jsonPath)
        {
            try
            {
                using var stream = File.Create(jsonPath);
                WptJsonReport.Write(stream, results, start, end);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await _io.Error.WriteLineAsync($"webmsg: --json '{jsonPath}': the results cannot be written: {e.Message}").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }
        }

        await _io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
        foreach (var result in results)
        {
            if (!result.AllPassed)
            {
                return ExitCodes.PageError;
            }
        }

        return ExitCodes.Success;
    }

    /// <summary>One file's result in a few words: the harness status, passed/total subtests, and why the harness did not end OK.</summary>
    public static string Describe(WptFileResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var text = string.Create(CultureInfo.InvariantCulture, $"{result.Status} {result.Passed}/{result.Subtests.Count}");
        return result.Status == WptStatus.Ok || result.Message is null ? text : text + ": " + FirstLine(result.Message);
    }

    /// <summary>The closing line: files, subtests passed of all, and how the harnesses ended.</summary>
    public static string Totals(IReadOnlyList<WptFileResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int passedFiles = 0, passed = 0, total = 0, ok = 0, error = 0, timeout = 0, other = 0;
        foreach (var result in results)
        {
            passedFiles += result.AllPassed ? 1 : 0;
            passed += result.Passed;
            total += result.Subtests.Count;
            switch (result.Status)
            {
                case WptStatus.Ok: ok++; break;
                case WptStatus.Error: error++; break;
                case WptStatus.Timeout: timeout++; break;
                default: other++; break;
            }
        }

        var totals = string.Create(CultureInfo.InvariantCulture, $"wpt: {results.Count} file{(results.Count == 1 ? "" : "s")}, {passedFiles} passed every subtest; subtests: {passed}/{total} passed; harness: {ok} OK, {error} ERROR, {timeout} TIMEOUT");
        return other == 0 ? totals : totals + string.Create(CultureInfo.InvariantCulture, $", {other} PRECONDITION_FAILED");
    }

    private async Task WriteFailuresAsync(IReadOnlyList<WptFileResult> results)
    {
        foreach (var result in results)
        {
            foreach (var subtest in result.Subtests)
            {
                if (subtest.Status != WptStatus.Pass)
                {
                    var message = subtest.Message is null ? "" : ": " + FirstLine(subtest.Message);
                    await _io.Out.WriteLineAsync($"  {subtest.Status} {result.Test} | {subtest.Name}{message}").ConfigureAwait(false);
                }
            }
        }
    }

    private static void CheckJsonPath(string? jsonPath)
    {
        if (jsonPath is null)
        {
            return;
        }

        if (Directory.Exists(jsonPath))
        {
            throw new WptInputException($"--json '{jsonPath}' needs a file name, and this is a folder.");
        }

        string? folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(jsonPath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new WptInputException($"--json '{jsonPath}' is not a valid path: {e.Message}");
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new WptInputException($"--json '{jsonPath}': the folder does not exist.");
        }
    }

    private static string FirstLine(string text)
    {
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return newline < 0 ? text : text[..newline].TrimEnd('\r') + " ...";
    }
}
