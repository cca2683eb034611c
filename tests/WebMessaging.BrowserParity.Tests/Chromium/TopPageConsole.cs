using System.Text;
using System.Text.Json;
using Microsoft.Playwright;
using WebMessaging.BrowserParity.Tests.Runners;

namespace WebMessaging.BrowserParity.Tests.Chromium;

/// <summary>
/// Collects console.log calls of the top page's main world only, through the DevTools protocol:
/// Playwright's console event also reports iframes and workers, and gives no way to tell them apart.
/// </summary>
internal sealed class TopPageConsole
{
    private const string ResultPrefix = "RESULT ";
    private const string DoneLine = "DONE";

    private readonly object _gate = new();
    private readonly List<string> _results = [];
    private readonly List<string> _diagnostics = [];
    private readonly HashSet<long> _topContexts = [];
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string? _mainFrameId;

    /// <summary>Completes when the top page logs "DONE".</summary>
    public Task Done => _done.Task;

    /// <summary>Opens a DevTools session on <paramref name="page"/> and starts listening; call before navigating.</summary>
    public async Task AttachAsync(IBrowserContext context, IPage page)
    {
        var session = await context.NewCDPSessionAsync(page).ConfigureAwait(false);
        var tree = await session.SendAsync("Page.getFrameTree").ConfigureAwait(false);
        lock (_gate)
        {
            _mainFrameId = tree!.Value.GetProperty("frameTree").GetProperty("frame").GetProperty("id").GetString();
        }

        session.Event("Runtime.executionContextCreated").OnEvent += (_, e) => OnContextCreated(e);
        session.Event("Runtime.consoleAPICalled").OnEvent += (_, e) => OnConsole(e);
        session.Event("Runtime.exceptionThrown").OnEvent += (_, e) => OnException(e);
        await session.SendAsync("Runtime.enable").ConfigureAwait(false);
    }

    /// <summary>Records something that may explain a failure.</summary>
    public void AddDiagnostic(string text)
    {
        lock (_gate)
        {
            _diagnostics.Add(text);
        }
    }

    /// <summary>Returns what was collected so far.</summary>
    public ScenarioRun Snapshot(bool completed)
    {
        lock (_gate)
        {
            return new ScenarioRun([.. _results], completed, [.. _diagnostics]);
        }
    }

    private void OnContextCreated(JsonElement? e)
    {
        if (e is not { } args || !args.GetProperty("context").TryGetProperty("auxData", out var aux))
        {
            return;
        }

        var isDefault = aux.TryGetProperty("isDefault", out var d) && d.ValueKind == JsonValueKind.True;
        var frameId = aux.TryGetProperty("frameId", out var f) ? f.GetString() : null;
        lock (_gate)
        {
            if (isDefault && frameId == _mainFrameId)
            {
                _topContexts.Add(args.GetProperty("context").GetProperty("id").GetInt64());
            }
        }
    }

    private void OnConsole(JsonElement? e)
    {
        if (e is not { } args || args.GetProperty("type").GetString() != "log")
        {
            return;
        }

        var contextId = args.GetProperty("executionContextId").GetInt64();
        var text = JoinArguments(args.GetProperty("args"));
        lock (_gate)
        {
            if (!_topContexts.Contains(contextId) || _done.Task.IsCompleted)
            {
                return;
            }

            if (text.StartsWith(ResultPrefix, StringComparison.Ordinal))
            {
                _results.Add(text[ResultPrefix.Length..]);
            }
            else if (text == DoneLine)
            {
                _done.TrySetResult();
            }
        }
    }

    private void OnException(JsonElement? e)
    {
        if (e is not { } args)
        {
            return;
        }

        var details = args.GetProperty("exceptionDetails");
        var text = details.TryGetProperty("exception", out var exception) && exception.TryGetProperty("description", out var description)
            ? description.GetString()
            : details.GetProperty("text").GetString();
        AddDiagnostic("uncaught in top page: " + text);
    }

    private static string JoinArguments(JsonElement arguments)
    {
        var text = new StringBuilder();
        foreach (var argument in arguments.EnumerateArray())
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            if (argument.TryGetProperty("value", out var value))
            {
                text.Append(value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText());
            }
            else if (argument.TryGetProperty("description", out var description))
            {
                text.Append(description.GetString());
            }
            else
            {
                text.Append(argument.GetProperty("type").GetString());
            }
        }

        return text.ToString();
    }
}
