using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Storage;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// A Storage object (localStorage or sessionStorage of one window): its supported property
/// names are its area's keys, with getItem, setItem and removeItem as the named getter, setter
/// and deleter (https://html.spec.whatwg.org/multipage/webstorage.html#the-storage-interface).
/// </summary>
internal sealed class StorageObject : NamedPropertiesObject
{
    private readonly Action<string, string> _setItem;
    private readonly Action<string> _removeItem;

    /// <param name="realm">The window's binding realm.</param>
    /// <param name="area">The storage area behind it.</param>
    /// <param name="prototype">Storage.prototype of the realm.</param>
    /// <param name="setItem">setItem's steps (which throw QuotaExceededError when the pair does not fit).</param>
    /// <param name="removeItem">removeItem's steps.</param>
    public StorageObject(BindingRealm realm, StorageArea area, ObjectInstance prototype, Action<string, string> setItem, Action<string> removeItem)
        : base(realm, area, prototype)
    {
        Area = area;
        _setItem = setItem;
        _removeItem = removeItem;
    }

    /// <summary>The storage area this object shows.</summary>
    public StorageArea Area { get; }

    // interface Storage has no [LegacyOverrideBuiltIns]: the prototype's members win.
    protected override bool OverrideBuiltIns => false;

    protected override IEnumerable<string> SupportedNames => Area.Keys;

    protected override string? GetNamed(string name) => Area.GetItem(name);

    protected override void SetNamed(string name, string value) => _setItem(name, value);

    protected override void DeleteNamed(string name) => _removeItem(name);
}
