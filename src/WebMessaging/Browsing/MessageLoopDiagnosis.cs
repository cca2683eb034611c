using System.Globalization;
using System.Text;
using WebMessaging.Scheduling;
using WebMessaging.Tracing;

namespace WebMessaging.Browsing;

/// <summary>
/// Turns a run that exceeded <see cref="RunLimits.MaxTasks"/> while running mostly posted
/// messages into an error that names the loop's participants, read from the message trace:
/// "Message loop: the window https://a.test/ (window#1) posted to itself 10000 times, of the last
/// 10000 messages posted; the run stopped at RunLimits.MaxTasks (20000). ...".
/// </summary>
internal static class MessageLoopDiagnosis
{
    // How many of the latest posts the diagnosis reads, and how many sender-receiver pairs it names.
    private const int PostsRead = 10_000;
    private const int PairsNamed = 3;

    /// <summary>The failure restated as a message loop, or null when it was not one (or the trace has no posts).</summary>
    public static EventLoopLimitExceededException? Explain(EventLoopLimitExceededException failure, MessageTrace trace, RunLimits limits)
    {
        if (failure.Limit != RunLimit.MaxTasks || !failure.MostlyPostedMessages)
        {
            return null;
        }

        // Cold path (only when building the error), so plain collections are fine here.
        IReadOnlyList<TraceEntry> entries = trace.Entries;
        var counts = new Dictionary<(string Sender, string Receiver), int>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        int read = 0;
        for (int i = entries.Count - 1; i >= 0 && read < PostsRead; i--)
        {
            TraceEntry entry = entries[i];
            if (entry.Event != TraceEventKind.Posted || entry.Receiver is not { } receiver)
            {
                continue;
            }

            read++;
            names.TryAdd(entry.Sender.Id, Name(entry.Sender));
            names.TryAdd(receiver.Id, Name(receiver));
            var pair = (entry.Sender.Id, receiver.Id);
            counts[pair] = counts.GetValueOrDefault(pair) + 1;
        }

        string limit = string.Create(CultureInfo.InvariantCulture, $"RunLimits.MaxTasks ({limits.MaxTasks})");
        if (read == 0)
        {
            return new EventLoopLimitExceededException(
                RunLimit.MaxTasks,
                $"Message loop: most of the last tasks delivered posted messages when the run reached {limit} (turn BrowserOptions.Trace on to see who posted them). {failure.Message}",
                failure);
        }

        var ranked = new List<KeyValuePair<(string Sender, string Receiver), int>>(counts);
        ranked.Sort((a, b) => b.Value != a.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(names[a.Key.Sender], names[b.Key.Sender]));
        var text = new StringBuilder("Message loop: ");
        for (int i = 0; i < ranked.Count && i < PairsNamed; i++)
        {
            var ((sender, receiver), count) = ranked[i];
            if (i > 0)
            {
                text.Append(i == Math.Min(ranked.Count, PairsNamed) - 1 ? " and " : ", ");
            }

            text.Append(names[sender]).Append(" posted to ");
            text.Append(string.Equals(sender, receiver, StringComparison.Ordinal) ? "itself" : names[receiver]);
            text.Append(' ').Append(count.ToString(CultureInfo.InvariantCulture)).Append(count == 1 ? " time" : " times");
        }

        text.Append(CultureInfo.InvariantCulture, $", of the last {read} messages posted; the run stopped at {limit}. {failure.Message}");
        return new EventLoopLimitExceededException(RunLimit.MaxTasks, text.ToString(), failure);
    }

    private static string Name(TraceParticipant participant) =>
        participant.Kind == "window" ? $"the window {participant.Label} ({participant.Id})" : $"{participant.Id} of {participant.Label}";
}
