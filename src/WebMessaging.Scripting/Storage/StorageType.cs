namespace WebMessaging.Scripting.Storage;

/// <summary>https://html.spec.whatwg.org/multipage/webstorage.html#concept-storage-type: "local" or "session".</summary>
public enum StorageType
{
    /// <summary>localStorage: one area per origin, for the browser's whole life.</summary>
    Local,

    /// <summary>sessionStorage: one area per origin and top-level window.</summary>
    Session,
}
