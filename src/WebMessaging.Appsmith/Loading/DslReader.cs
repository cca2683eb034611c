using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>Reads a page's DSL: a widget object with its children, or widgets one per file joined by <c>parentId</c>.</summary>
internal static class DslReader
{
    /// <summary>The widget at <paramref name="path"/> and, recursively, its <c>children</c>.</summary>
    public static WidgetNode ReadTree(JsonElement widget, string path, string file)
    {
        var node = ReadWidget(widget, path, file);
        if (JsonReading.Optional(widget, path, "children", JsonValueKind.Array, file) is { } children)
        {
            var index = 0;
            foreach (var child in children.EnumerateArray())
            {
                node.Children.Add(ReadTree(child, JsonReading.Index(JsonReading.Join(path, "children"), index), file));
                index++;
            }
        }

        return node;
    }

    /// <summary>One widget's own properties (its <c>children</c> are left out).</summary>
    public static WidgetNode ReadWidget(JsonElement widget, string path, string file)
    {
        JsonReading.Expect(widget, path, JsonValueKind.Object, file);
        var name = JsonReading.Require(widget, path, "widgetName", JsonValueKind.String, file).GetString()!;
        var type = JsonReading.Require(widget, path, "type", JsonValueKind.String, file).GetString()!;
        var id = JsonReading.Optional(widget, path, "widgetId", JsonValueKind.String, file)?.GetString();
        var parentId = JsonReading.Optional(widget, path, "parentId", JsonValueKind.String, file)?.GetString();
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in widget.EnumerateObject())
        {
            if (property.Name != "children")
            {
                properties[property.Name] = property.Value.Clone();
            }
        }

        return new WidgetNode(name, type, id, parentId, properties);
    }

    /// <summary>
    /// Puts each of <paramref name="widgets"/> (with the file it came from) under the widget its
    /// <c>parentId</c> names: <paramref name="root"/> or another of them.
    /// </summary>
    public static void Attach(WidgetNode root, IReadOnlyList<(WidgetNode Widget, string File)> widgets)
    {
        var byId = new Dictionary<string, WidgetNode>(StringComparer.Ordinal);
        if (root.Id is { } rootId)
        {
            byId[rootId] = root;
        }

        foreach (var (widget, file) in widgets)
        {
            if (widget.Id is null)
            {
                throw new AppsmithLoadException(file, "widgetId", "missing (a widget in its own file needs it, to be found by its children)");
            }

            if (!byId.TryAdd(widget.Id, widget))
            {
                throw new AppsmithLoadException(file, "widgetId", $"'{widget.Id}' is used by another widget too");
            }
        }

        foreach (var (widget, file) in widgets)
        {
            var parentId = widget.ParentId ?? throw new AppsmithLoadException(file, "parentId", "missing");
            if (!byId.TryGetValue(parentId, out var parent))
            {
                throw new AppsmithLoadException(file, "parentId", $"'{parentId}' names no widget of the page");
            }

            parent.Children.Add(widget);
        }

        // A cycle of parentIds would leave its widgets out of the tree: say so rather than lose them.
        var reached = new HashSet<WidgetNode>(ReferenceEqualityComparer.Instance);
        Reach(root, reached);
        foreach (var (widget, file) in widgets)
        {
            if (!reached.Contains(widget))
            {
                throw new AppsmithLoadException(file, "parentId", $"'{widget.ParentId}' leads round in a circle, never to the page's main canvas");
            }
        }
    }

    private static void Reach(WidgetNode node, HashSet<WidgetNode> reached)
    {
        if (!reached.Add(node))
        {
            return;
        }

        foreach (var child in node.Children)
        {
            Reach(child, reached);
        }
    }
}
