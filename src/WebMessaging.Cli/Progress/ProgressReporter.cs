using System.Globalization;
using Spectre.Console;

namespace WebMessaging.Cli.Progress;

/// <summary>
/// Works through a list of items (the pages of a long run, the tests of a suite) and shows how far
/// it got: a progress bar on a terminal, one plain line per finished item when output is redirected.
/// </summary>
internal static class ProgressReporter
{
    /// <summary>
    /// Runs <paramref name="work"/> on each item in order and returns the results; the display
    /// names each item with <paramref name="name"/> and each result with <paramref name="describe"/>.
    /// </summary>
    public static async Task<IReadOnlyList<TResult>> ForEachAsync<TItem, TResult>(
        CliIo io,
        string title,
        IReadOnlyList<TItem> items,
        Func<TItem, string> name,
        Func<TItem, CancellationToken, Task<TResult>> work,
        Func<TResult, string> describe,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(describe);

        var results = new List<TResult>(items.Count);
        if (io.Terminal is { } terminal)
        {
            await terminal.Progress()
                .AutoClear(false)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Markup.Escape(title), maxValue: Math.Max(1, items.Count));
                    foreach (var item in items)
                    {
                        task.Description = Markup.Escape(title + ": " + name(item));
                        results.Add(await work(item, cancellationToken).ConfigureAwait(false));
                        task.Increment(1);
                    }

                    task.Description = Markup.Escape(title);
                }).ConfigureAwait(false);
            return results;
        }

        var width = items.Count.ToString(CultureInfo.InvariantCulture).Length;
        for (var i = 0; i < items.Count; i++)
        {
            var result = await work(items[i], cancellationToken).ConfigureAwait(false);
            results.Add(result);
            var counter = (i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width) + "/" + items.Count.ToString(CultureInfo.InvariantCulture);
            await io.Out.WriteLineAsync("[" + counter + "] " + name(items[i]) + "  " + describe(result)).ConfigureAwait(false);
        }

        return results;
    }
}
