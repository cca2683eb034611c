using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>https://xhr.spec.whatwg.org/#interface-progressevent: an event that tells how far a read or transfer went.</summary>
public sealed class ProgressEvent : Event
{
    /// <summary>Creates a progress event of <paramref name="type"/>.</summary>
    public ProgressEvent(string type, EventInit? eventInitDict, bool lengthComputable, double loaded, double total)
        : base(type, eventInitDict)
    {
        LengthComputable = lengthComputable;
        Loaded = loaded;
        Total = total;
    }

    /// <summary>lengthComputable: whether <see cref="Total"/> is known.</summary>
    public bool LengthComputable { get; }

    /// <summary>loaded: the bytes done so far.</summary>
    public double Loaded { get; }

    /// <summary>total: the bytes in all, or 0 when unknown.</summary>
    public double Total { get; }
}
