using Jint.Native;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Storage;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webstorage.html#the-localstorage-attribute and
/// #the-sessionstorage-attribute: a window's localStorage and sessionStorage holders, and the
/// storage events it gets when another window changes an area it shares.
/// </summary>
internal sealed class WindowStorage
{
    private readonly WindowGlobal _global;
    private readonly StorageRegistry _registry;
    private readonly StorageConstructor _storage;
    private StorageObject? _localStorageHolder;
    private StorageObject? _sessionStorageHolder;

    private WindowStorage(WindowGlobal global, StorageRegistry registry, StorageConstructor storage)
    {
        _global = global;
        _registry = registry;
        _storage = storage;
    }

    /// <summary>Installs Storage and StorageEvent and defines the global's localStorage and sessionStorage attributes.</summary>
    public static WindowStorage Install(WindowGlobal global, StorageRegistry registry)
    {
        var windowStorage = new WindowStorage(global, registry, StorageConstructor.Install(global));
        StorageEventConstructor.Install(global);

        // readonly attribute Storage localStorage; readonly attribute Storage sessionStorage;
        InterfaceMembers.DefineAttribute(global.Bindings, global.GlobalObject, "localStorage", _ => windowStorage.Holder(StorageType.Local, "localStorage"));
        InterfaceMembers.DefineAttribute(global.Bindings, global.GlobalObject, "sessionStorage", _ => windowStorage.Holder(StorageType.Session, "sessionStorage"));
        return windowStorage;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webstorage.html#concept-storage-broadcast, the steps
    /// for one remote Storage object: "queue a global task on the DOM manipulation task source
    /// given remoteStorage's relevant global object to fire an event named storage at
    /// remoteStorage's relevant global object, using StorageEvent, with key initialized to key,
    /// oldValue initialized to oldValue, newValue initialized to newValue, url initialized to
    /// url, and storageArea initialized to remoteStorage."
    /// </summary>
    public void QueueStorageEvent(StorageChange change, string url)
    {
        var window = _global.Window;
        window.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            if (window.Closed)
            {
                return;
            }

            var remoteStorage = HolderOf(change.Area);
            window.FireEvent(new StorageEvent("storage", null, change.Key, change.OldValue, change.NewValue, url, remoteStorage) { TimeStamp = window.EventLoop.Now });
        }, "storage event at " + window.Url.Href);
    }

    /// <summary>Whether this window sees <paramref name="area"/>: its origin's local area, or its origin's session area in its top-level window.</summary>
    public bool Sees(StorageArea area) => AreaFor(area.Type) is { } own && ReferenceEquals(own, area);

    private JsValue Holder(StorageType type, string attribute)
    {
        // "1. If this's associated Document's local storage holder is non-null, then return it."
        var holder = type == StorageType.Local ? _localStorageHolder : _sessionStorageHolder;
        if (holder is not null)
        {
            return holder;
        }

        // "2. Let map be the result of running obtain a local storage bottle map with this's
        // relevant settings object and "localStorage"." "3. If map is failure, then throw a
        // "SecurityError" DOMException."
        var area = AreaFor(type)
            ?? throw ScriptErrors.DomException(_global.Bindings, "SecurityError", $"Failed to read the '{attribute}' property from 'Window': The document is sandboxed and lacks the 'allow-same-origin' flag.");

        // "4. Let storage be a new Storage object whose map is map."
        // "5. Set this's associated Document's local storage holder to storage." "6. Return storage."
        return HolderOf(area);
    }

    private StorageObject HolderOf(StorageArea area)
    {
        if (area.Type == StorageType.Local)
        {
            return _localStorageHolder ??= _storage.CreateStorageObject(area);
        }

        return _sessionStorageHolder ??= _storage.CreateStorageObject(area);
    }

    // https://html.spec.whatwg.org/multipage/storage.html#obtain-a-storage-bottle-map
    private StorageArea? AreaFor(StorageType type)
    {
        // "2. If storageKey is failure, then return failure." (an opaque origin has no storage key)
        var window = _global.Window;
        if (window.Origin.IsOpaque)
        {
            return null;
        }

        var origin = window.Origin.Serialize();
        if (type == StorageType.Local)
        {
            return _registry.Local(origin);
        }

        // The session storage shed is the top-level traversable's.
        var top = window.Top ?? window;
        return _registry.Session(top.Id, origin);
    }
}
