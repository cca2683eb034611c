using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>Reads an exported application JSON, or a DSL-only file (<c>{"dsl": …}</c>).</summary>
internal static class ExportReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static AppsmithApplication ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        return Parse(JsonReading.ReadFile(path, name), name, path);
    }

    /// <summary>Reads an export or DSL from <paramref name="json"/>, the contents of <paramref name="file"/>.</summary>
    public static AppsmithApplication Parse(ReadOnlySpan<byte> json, string file, string? source = null)
    {
        using var document = JsonReading.Parse(json, file);
        var root = JsonReading.Expect(document.RootElement, "", JsonValueKind.Object, file);
        source ??= file;

        // A DSL-only file: one page, no JS objects.
        if (root.TryGetProperty("dsl", out _) && !root.TryGetProperty("pageList", out _))
        {
            var dsl = JsonReading.Require(root, "", "dsl", JsonValueKind.Object, file);
            var tree = DslReader.ReadTree(dsl, "dsl", file).ToDefinition();
            var page = new AppsmithPage("Page1", "page1", isDefault: true, tree, []);
            return new AppsmithApplication(Path.GetFileNameWithoutExtension(file), source, [page], null, null);
        }

        var (client, server) = SchemaVersions.Check(root, file);
        var exported = JsonReading.Optional(root, "", "exportedApplication", JsonValueKind.Object, file);
        var appName = exported is { } app && JsonReading.Optional(app, "exportedApplication", "name", JsonValueKind.String, file) is { } n
            ? n.GetString()!
            : Path.GetFileNameWithoutExtension(file);
        var defaults = DefaultPageNames(exported, "exportedApplication", file);
        var jsObjects = ReadCollections(root, file);

        var pageList = JsonReading.Require(root, "", "pageList", JsonValueKind.Array, file);
        var pages = new List<AppsmithPage>();
        var index = 0;
        foreach (var entry in pageList.EnumerateArray())
        {
            var path = JsonReading.Index("pageList", index++);
            JsonReading.Expect(entry, path, JsonValueKind.Object, file);
            var unpublished = JsonReading.Require(entry, path, "unpublishedPage", JsonValueKind.Object, file);
            pages.Add(ReadPage(unpublished, JsonReading.Join(path, "unpublishedPage"), file, defaults, jsObjects, null));
        }

        if (pages.Count == 0)
        {
            throw new AppsmithLoadException(file, "pageList", "has no pages");
        }

        return new AppsmithApplication(appName, source, pages, client, server);
    }

    /// <summary>
    /// A page from its <c>unpublishedPage</c> object at <paramref name="path"/>: its name, slug,
    /// the first layout's DSL, and the JS objects whose page is this one. <paramref name="widgets"/>,
    /// when given, are the page's widgets from files of their own, joined to the DSL by parentId.
    /// </summary>
    public static AppsmithPage ReadPage(JsonElement unpublished, string path, string file, ISet<string> defaults, IReadOnlyDictionary<string, List<JsObjectDefinition>> jsObjects, IReadOnlyList<(WidgetNode Widget, string File)>? widgets)
    {
        var name = JsonReading.Require(unpublished, path, "name", JsonValueKind.String, file).GetString()!;
        var slug = JsonReading.Optional(unpublished, path, "slug", JsonValueKind.String, file)?.GetString() is { Length: > 0 } s ? s : PageSlugs.FromName(name);
        var layoutsPath = JsonReading.Join(path, "layouts");
        var layouts = JsonReading.Require(unpublished, path, "layouts", JsonValueKind.Array, file);
        if (layouts.GetArrayLength() == 0)
        {
            throw new AppsmithLoadException(file, layoutsPath, "has no layout");
        }

        var layoutPath = JsonReading.Index(layoutsPath, 0);
        var layout = JsonReading.Expect(layouts[0], layoutPath, JsonValueKind.Object, file);
        var dsl = JsonReading.Require(layout, layoutPath, "dsl", JsonValueKind.Object, file);
        var root = DslReader.ReadTree(dsl, JsonReading.Join(layoutPath, "dsl"), file);
        if (widgets is not null)
        {
            DslReader.Attach(root, widgets);
        }

        var objects = jsObjects.TryGetValue(name, out var list) ? list : [];
        return new AppsmithPage(name, slug, defaults.Contains(name), root.ToDefinition(), objects);
    }

    /// <summary>The names of the pages <c>pages[]</c> of <paramref name="application"/> marks <c>isDefault</c>.</summary>
    public static HashSet<string> DefaultPageNames(JsonElement? application, string path, string file)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (application is not { } app || JsonReading.Optional(app, path, "pages", JsonValueKind.Array, file) is not { } pages)
        {
            return names;
        }

        foreach (var page in pages.EnumerateArray())
        {
            if (page.ValueKind == JsonValueKind.Object
                && page.TryGetProperty("isDefault", out var isDefault) && isDefault.ValueKind == JsonValueKind.True
                && page.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                names.Add(id.GetString()!);
            }
        }

        return names;
    }

    // actionCollectionList[].unpublishedCollection {name, pageId, body}: the JS objects, by page name.
    private static Dictionary<string, List<JsObjectDefinition>> ReadCollections(JsonElement root, string file)
    {
        var byPage = new Dictionary<string, List<JsObjectDefinition>>(StringComparer.Ordinal);

        // FIXME: actionList (queries and API calls) is not read: such actions need data sources,
        // which this runtime does not have.
        if (JsonReading.Optional(root, "", "actionCollectionList", JsonValueKind.Array, file) is not { } collections)
        {
            return byPage;
        }

        var index = 0;
        foreach (var entry in collections.EnumerateArray())
        {
            var path = JsonReading.Index("actionCollectionList", index++);
            JsonReading.Expect(entry, path, JsonValueKind.Object, file);
            var collection = JsonReading.Require(entry, path, "unpublishedCollection", JsonValueKind.Object, file);
            var collectionPath = JsonReading.Join(path, "unpublishedCollection");
            var name = JsonReading.Require(collection, collectionPath, "name", JsonValueKind.String, file).GetString()!;
            var pageId = JsonReading.Require(collection, collectionPath, "pageId", JsonValueKind.String, file).GetString()!;
            var body = JsonReading.Require(collection, collectionPath, "body", JsonValueKind.String, file).GetString()!;
            if (!byPage.TryGetValue(pageId, out var list))
            {
                list = [];
                byPage.Add(pageId, list);
            }

            list.Add(new JsObjectDefinition(name, body));
        }

        return byPage;
    }
}
