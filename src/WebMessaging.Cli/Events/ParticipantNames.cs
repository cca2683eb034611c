using WebMessaging.Tracing;

namespace WebMessaging.Cli.Events;

/// <summary>
/// Numbers a run's participants from 1 per kind in order of first appearance (window#1,
/// window#2, port#1…), so the same site prints the same ids whatever ran before it in the
/// process (the core numbers globals and ports process-wide).
/// </summary>
internal sealed class ParticipantNames
{
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<TraceParticipant, TraceParticipant> _renamed = [];

    /// <summary>The run's id for the core's id <paramref name="coreId"/> ("window#7" may become "window#1").</summary>
    public string IdOf(string coreId)
    {
        if (_ids.TryGetValue(coreId, out var id))
        {
            return id;
        }

        var hash = coreId.IndexOf('#', StringComparison.Ordinal);
        var prefix = hash < 0 ? coreId : coreId[..hash];
        var count = _counts.GetValueOrDefault(prefix) + 1;
        _counts[prefix] = count;
        id = prefix + "#" + count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _ids[coreId] = id;
        return id;
    }

    /// <summary><paramref name="participant"/> with the run's id instead of the core's.</summary>
    public TraceParticipant Rename(TraceParticipant participant)
    {
        if (!_renamed.TryGetValue(participant, out var renamed))
        {
            renamed = participant with { Id = IdOf(participant.Id) };
            _renamed[participant] = renamed;
        }

        return renamed;
    }

    /// <summary>As <see cref="Rename(TraceParticipant)"/>, keeping null.</summary>
    public TraceParticipant? RenameOrNull(TraceParticipant? participant) => participant is null ? null : Rename(participant);
}
