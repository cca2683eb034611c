using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>One widget of a page's DSL as it was saved: its name, type, properties and children.</summary>
public sealed class WidgetDefinition
{
    internal WidgetDefinition(string name, string type, string? id, string? parentId, IReadOnlyDictionary<string, JsonElement> properties, IReadOnlyList<WidgetDefinition> children)
    {
        Name = name;
        Type = type;
        Id = id;
        ParentId = parentId;
        Properties = properties;
        Children = children;
    }

    /// <summary>The widget's name, the global that bindings and actions use (<c>Input1</c>).</summary>
    public string Name { get; }

    /// <summary>The widget type, e.g. <c>IFRAME_WIDGET</c>.</summary>
    public string Type { get; }

    /// <summary>The widget's id (<c>widgetId</c>), or null when the DSL has none.</summary>
    public string? Id { get; }

    /// <summary>The id of the widget holding this one (<c>parentId</c>), or null.</summary>
    public string? ParentId { get; }

    /// <summary>Every property as saved, <c>children</c> excepted.</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; }

    /// <summary>The widgets inside this one, in order.</summary>
    public IReadOnlyList<WidgetDefinition> Children { get; }

    /// <summary>The property <paramref name="name"/> when it is a string, else null.</summary>
    public string? GetString(string name) =>
        Properties.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>This widget and every widget inside it, depth first, in order.</summary>
    public IEnumerable<WidgetDefinition> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var descendant in child.DescendantsAndSelf())
            {
                yield return descendant;
            }
        }
    }

    /// <summary>Returns the name and type.</summary>
    public override string ToString() => Name + " (" + Type + ")";
}
