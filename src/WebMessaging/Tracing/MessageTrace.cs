using System.Text.Json;

namespace WebMessaging.Tracing;

/// <summary>
/// The record of every message a browser's pages post, deliver or drop, in order, with
/// virtual timestamps: readable as a list, observable as events, serializable to JSON.
/// </summary>
/// <remarks>
/// The trace keeps at most <see cref="Capacity"/> entries: past that the oldest are let go (and
/// counted in <see cref="DiscardedCount"/>) so that a long run keeps a bounded memory, while
/// <see cref="EntryAdded"/> still sees every entry.
/// </remarks>
public sealed class MessageTrace
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
    private readonly Queue<TraceEntry> _entries = new();
    private readonly Lock _lock = new();
    private long _sequence;
    private long _messageIds;

    /// <summary>Creates a trace that keeps up to <paramref name="capacity"/> entries.</summary>
    public MessageTrace(int capacity = 100_000)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Capacity = capacity;
    }

    /// <summary>Raised for every entry as it is recorded, on the thread that recorded it.</summary>
    public event Action<TraceEntry>? EntryAdded;

    /// <summary>Whether entries are recorded at all; off, posting costs nothing extra.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The most entries kept; older ones are discarded first.</summary>
    public int Capacity { get; }

    /// <summary>How many entries were discarded because the trace was full.</summary>
    public long DiscardedCount { get; private set; }

    /// <summary>Whether anyone needs entries: recording on, or someone listening.</summary>
    public bool IsRecording => Enabled && (Capacity > 0 || EntryAdded is not null);

    /// <summary>The entries kept, oldest first (a snapshot).</summary>
    public IReadOnlyList<TraceEntry> Entries
    {
        get
        {
            lock (_lock)
            {
                return [.. _entries];
            }
        }
    }

    /// <summary>A new message identity, linking a message's posted, delivered and dropped entries.</summary>
    public long NextMessageId() => Interlocked.Increment(ref _messageIds);

    /// <summary>Records an entry (the sequence number is assigned here) and raises <see cref="EntryAdded"/>.</summary>
    public TraceEntry Record(
        double time,
        TraceEventKind eventKind,
        MessageKind kind,
        long messageId,
        TraceParticipant sender,
        TraceParticipant? receiver,
        string? targetOrigin,
        DropReason dropReason,
        string preview)
    {
        TraceEntry entry;
        lock (_lock)
        {
            entry = new TraceEntry(++_sequence, time, eventKind, kind, messageId, sender, receiver, targetOrigin, dropReason, preview);
            if (Capacity > 0)
            {
                if (_entries.Count == Capacity)
                {
                    _entries.Dequeue();
                    DiscardedCount++;
                }

                _entries.Enqueue(entry);
            }
        }

        EntryAdded?.Invoke(entry);
        return entry;
    }

    /// <summary>Forgets every entry kept so far.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            DiscardedCount = 0;
        }
    }

    /// <summary>The kept entries as a JSON array.</summary>
    public string ToJson() => JsonSerializer.Serialize(Entries, JsonOptions);
}
