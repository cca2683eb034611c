namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://xhr.spec.whatwg.org/#interface-formdata
/// A FormData object's entry list: (name, value) entries in order, each value a string or a
/// <see cref="Values.File"/>.
/// </summary>
internal sealed class FormDataState
{
    /// <summary>The entry list.</summary>
    public List<KeyValuePair<string, object>> Entries { get; } = [];
}
