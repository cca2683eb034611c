using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Workers;

/// <summary>What a <see cref="WorkerPage"/> run printed: the page's console.log lines, the workers' and the console diagnostics.</summary>
internal sealed record WorkerPageRun(List<string> Lines, List<string> WorkerLines, List<PageDiagnostic> Diagnostics);
