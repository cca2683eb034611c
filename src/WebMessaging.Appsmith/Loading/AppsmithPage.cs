namespace WebMessaging.Appsmith.Loading;

/// <summary>One page of an Appsmith application: its name, its widget tree and its JS objects.</summary>
public sealed class AppsmithPage
{
    internal AppsmithPage(string name, string slug, bool isDefault, WidgetDefinition root, IReadOnlyList<JsObjectDefinition> jsObjects)
    {
        Name = name;
        Slug = slug;
        IsDefault = isDefault;
        Root = root;
        JsObjects = jsObjects;
    }

    /// <summary>The page's name, which <c>navigateTo</c> takes.</summary>
    public string Name { get; }

    /// <summary>The page's URL slug, e.g. <c>page1</c>.</summary>
    public string Slug { get; }

    /// <summary>Whether the application opens on this page.</summary>
    public bool IsDefault { get; }

    /// <summary>The page's main canvas (<c>MainContainer</c>), holding every widget.</summary>
    public WidgetDefinition Root { get; }

    /// <summary>The page's JS objects, in the order they were saved.</summary>
    public IReadOnlyList<JsObjectDefinition> JsObjects { get; }

    /// <summary>Returns the page's name.</summary>
    public override string ToString() => Name;
}
