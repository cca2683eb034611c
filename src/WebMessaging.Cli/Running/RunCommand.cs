using WebMessaging.Cli.CommandLine;
using WebMessaging.Cli.Events;
using WebMessaging.Cli.Output;
using WebMessaging.Cli.Report;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Cli.Running;

/// <summary><c>webmsg run</c>: resolves the input, runs it, prints the events and the summary, writes the report, and picks the exit code.</summary>
internal sealed class RunCommand
{
    private readonly CliIo _io;
    private readonly IPageRunner _runner;

    /// <summary>Creates the command writing to <paramref name="io"/> and loading pages with <paramref name="runner"/>.</summary>
    public RunCommand(CliIo io, IPageRunner runner)
    {
        _io = io;
        _runner = runner;
    }

    /// <summary>Runs with <paramref name="options"/> and returns the exit code.</summary>
    public async Task<int> ExecuteAsync(RunOptions options, CancellationToken cancellationToken)
    {
        RunTarget target;
        try
        {
            target = RunTarget.Resolve(options.Input, options.Origin);
        }
        catch (SiteMapException e)
        {
            return await FailAsync(ExitCodes.BadInput, e.Message, e, options.Verbose).ConfigureAwait(false);
        }

        if (ReportPathProblem(options.ReportPath) is { } problem)
        {
            return await FailAsync(ExitCodes.BadInput, $"'{options.ReportPath}': {problem}", null, options.Verbose).ConfigureAwait(false);
        }

        var summary = new RunSummary();
        var log = options.ReportPath is null ? null : new RunEventLog();
        TextEventWriter? text = null;
        IRunEventObserver writer;
        if (options.Json)
        {
            writer = new JsonEventWriter(_io.Out);
        }
        else
        {
            text = new TextEventWriter(ILineOutput.For(_io), options.Verbose);
            text.WriteHeader(target.Description, target.Site.Entry.Href, options.RealTime);
            writer = text;
        }

        IRunEventObserver[] observers = log is null ? [summary, writer] : [summary, log, writer];
        using var recorder = new RunEventRecorder(observers);
        try
        {
            summary.EndTime = await SiteRun.ExecuteAsync(_runner, target, options, recorder, cancellationToken).ConfigureAwait(false);
        }
        catch (PageLoadException e)
        {
            return await FailAsync(ExitCodes.BadInput, e.Message, e, options.Verbose).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return await FailAsync(ExitCodes.InternalError, RunEventRecorder.Describe(e), e, options.Verbose).ConfigureAwait(false);
        }

        text?.WriteSummary(summary);
        await _io.Out.FlushAsync(cancellationToken).ConfigureAwait(false);

        if (log is not null && options.ReportPath is { } reportPath)
        {
            try
            {
                HtmlReport.Write(reportPath, new HtmlReport(target.Description, target.Site.Entry.Href, log.Events, summary));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return await FailAsync(ExitCodes.BadInput, $"'{reportPath}': the report cannot be written: {e.Message}", e, options.Verbose).ConfigureAwait(false);
            }
        }

        return summary.Errors.Count > 0 ? ExitCodes.PageError : ExitCodes.Success;
    }

    /// <summary>
    /// Why <paramref name="reportPath"/> cannot take the report, or null: the report is written
    /// after the run, so a path that cannot take it is found out before (webmsg run and app).
    /// </summary>
    internal static string? ReportPathProblem(string? reportPath)
    {
        if (reportPath is null)
        {
            return null;
        }

        if (Directory.Exists(reportPath))
        {
            return "--report needs a file name, and this is a folder";
        }

        string? folder;
        try
        {
            folder = Path.GetDirectoryName(Path.GetFullPath(reportPath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return "--report: not a valid path (" + e.Message + ")";
        }

        return folder is not null && !Directory.Exists(folder) ? "--report: the folder does not exist" : null;
    }

    private async Task<int> FailAsync(int exitCode, string message, Exception? exception, bool verbose)
    {
        await _io.Error.WriteLineAsync("webmsg: " + message).ConfigureAwait(false);
        if (verbose && exception is not null)
        {
            await _io.Error.WriteLineAsync(exception.ToString()).ConfigureAwait(false);
        }

        return exitCode;
    }
}
