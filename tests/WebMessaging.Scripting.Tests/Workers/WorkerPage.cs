using WebMessaging.Scripting.Pages;
using WebMessaging.Scripting.Sites;

namespace WebMessaging.Scripting.Tests.Workers;

/// <summary>
/// Runs a page at https://app.example/ with scripts next to it, on the browser's event loop or
/// with workers on threads of their own, and collects the page's console.log lines.
/// </summary>
internal static class WorkerPage
{
    public static WorkerPageRun Run(bool workerThreads, string pageScript, params (string Url, string Content)[] files)
    {
        var builder = new SiteMapBuilder().AddPage("https://app.example/", "<!doctype html><script>" + pageScript + "</script>");
        foreach (var (url, content) in files)
        {
            builder.AddFile(url, content);
        }

        var lines = new List<string>();
        var workerLines = new List<string>();
        using var browser = new ScriptedBrowser(builder.Build(), new ScriptedBrowserOptions
        {
            WorkerThreads = workerThreads,
            OnConsoleMessage = message =>
            {
                lock (lines)
                {
                    (message.Window is null ? workerLines : lines).Add(message.Message.Text);
                }
            },
        });
        browser.LoadEntry();
        browser.RunUntilIdle();
        return new WorkerPageRun(lines, workerLines, [.. browser.Diagnostics]);
    }
}
