using WebMessaging.Browsing;
using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>https://w3c.github.io/FileAPI/#APIASynch: a FileReader's state: readyState, result and error.</summary>
internal sealed class FileReaderState : EventTarget
{
    /// <summary>readyState EMPTY.</summary>
    public const ushort Empty = 0;

    /// <summary>readyState LOADING.</summary>
    public const ushort Loading = 1;

    /// <summary>readyState DONE.</summary>
    public const ushort Done = 2;

    public FileReaderState(GlobalScope global)
        : base(global)
    {
        Global = global;
    }

    /// <summary>The global whose tasks the reader queues.</summary>
    public GlobalScope Global { get; }

    /// <summary>readyState.</summary>
    public ushort ReadyState { get; set; } = Empty;

    /// <summary>result: a script value (string or ArrayBuffer of the reader's realm), or null.</summary>
    public object? Result { get; set; }

    /// <summary>error: a DOMException of the reader's realm, or null.</summary>
    public object? Error { get; set; }

    /// <summary>Counts reads, so that the tasks of an aborted read know they are stale.</summary>
    public int ReadGeneration { get; set; }
}
