using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>A widget while its tree is being built: its properties and the nodes under it.</summary>
internal sealed class WidgetNode
{
    public WidgetNode(string name, string type, string? id, string? parentId, Dictionary<string, JsonElement> properties)
    {
        Name = name;
        Type = type;
        Id = id;
        ParentId = parentId;
        Properties = properties;
    }

    public string Name { get; }

    public string Type { get; }

    public string? Id { get; }

    public string? ParentId { get; }

    public Dictionary<string, JsonElement> Properties { get; }

    public List<WidgetNode> Children { get; } = [];

    public WidgetDefinition ToDefinition()
    {
        var children = new WidgetDefinition[Children.Count];
        for (var i = 0; i < children.Length; i++)
        {
            children[i] = Children[i].ToDefinition();
        }

        return new WidgetDefinition(Name, Type, Id, ParentId, Properties, children);
    }
}
