using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webstorage.html#the-storageevent-interface
/// The event a window gets when another window changes a storage area it can see.
/// </summary>
public sealed class StorageEvent : Event
{
    /// <summary>Creates a storage event of <paramref name="type"/>.</summary>
    public StorageEvent(string type, EventInit? eventInitDict, string? key, string? oldValue, string? newValue, string url, object? storageArea)
        : base(type, eventInitDict)
    {
        Key = key;
        OldValue = oldValue;
        NewValue = newValue;
        Url = url;
        StorageArea = storageArea;
    }

    /// <summary>key: the key that changed, or null for clear().</summary>
    public string? Key { get; private set; }

    /// <summary>oldValue: the value before the change, or null.</summary>
    public string? OldValue { get; private set; }

    /// <summary>newValue: the value after the change, or null.</summary>
    public string? NewValue { get; private set; }

    /// <summary>url: the URL of the document whose script changed the area.</summary>
    public string Url { get; private set; }

    /// <summary>storageArea: the receiving window's Storage object of the area (a script object), or null.</summary>
    public object? StorageArea { get; private set; }

    /// <summary>https://html.spec.whatwg.org/multipage/webstorage.html#dom-storageevent-initstorageevent</summary>
    public void InitStorageEvent(string type, bool bubbles, bool cancelable, string? key, string? oldValue, string? newValue, string url, object? storageArea)
    {
        // "1. If this's dispatch flag is set, then return."
        if (IsBeingDispatched)
        {
            return;
        }

        // "2. Initialize this with type, bubbles, and cancelable."
        // "3. Initialize this's key, oldValue, newValue, url, and storageArea attributes."
        Initialize(type, bubbles, cancelable);
        Key = key;
        OldValue = oldValue;
        NewValue = newValue;
        Url = url;
        StorageArea = storageArea;
    }
}
