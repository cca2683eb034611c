using System.Text;
using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>
/// Reads Appsmith's git folder layout: <c>application.json</c> (and <c>metadata.json</c> with
/// the schema versions, when present), <c>pages/&lt;Page&gt;/&lt;Page&gt;.json</c>, the page's
/// widgets one per file anywhere under <c>pages/&lt;Page&gt;/widgets/</c> (joined into a tree
/// by <c>parentId</c>), and its JS objects as <c>pages/&lt;Page&gt;/jsobjects/&lt;Name&gt;/&lt;Name&gt;.js</c>.
/// </summary>
internal static class GitFolderReader
{
    /// <summary>Reads the folder <paramref name="folder"/>.</summary>
    public static AppsmithApplication Read(string folder)
    {
        var applicationFile = Path.Join(folder, "application.json");
        var applicationName = Relative(folder, applicationFile);
        using var application = JsonReading.Parse(JsonReading.ReadFile(applicationFile, applicationName), applicationName);
        var app = JsonReading.Expect(application.RootElement, "", JsonValueKind.Object, applicationName);

        // The versions are in metadata.json in Appsmith's layout; an application.json that
        // holds them (as an export does) is read too.
        var metadataFile = Path.Join(folder, "metadata.json");
        double client, server;
        if (File.Exists(metadataFile))
        {
            var metadataName = Relative(folder, metadataFile);
            using var metadata = JsonReading.Parse(JsonReading.ReadFile(metadataFile, metadataName), metadataName);
            (client, server) = SchemaVersions.Check(JsonReading.Expect(metadata.RootElement, "", JsonValueKind.Object, metadataName), metadataName);
        }
        else
        {
            (client, server) = SchemaVersions.Check(app, applicationName);
        }

        var name = JsonReading.Optional(app, "", "name", JsonValueKind.String, applicationName)?.GetString() ?? Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
        var defaults = ExportReader.DefaultPageNames(app, "", applicationName);

        var pagesFolder = Path.Join(folder, "pages");
        if (!Directory.Exists(pagesFolder))
        {
            throw new AppsmithLoadException(Relative(folder, pagesFolder), null, "folder not found (an application folder holds its pages there)");
        }

        var pages = new List<AppsmithPage>();
        foreach (var pageFolder in Directory.GetDirectories(pagesFolder).Order(StringComparer.Ordinal))
        {
            pages.Add(ReadPage(folder, pageFolder, defaults));
        }

        if (pages.Count == 0)
        {
            throw new AppsmithLoadException(Relative(folder, pagesFolder), null, "holds no page folders");
        }

        return new AppsmithApplication(name, folder, pages, client, server);
    }

    private static AppsmithPage ReadPage(string folder, string pageFolder, ISet<string> defaults)
    {
        var pageName = Path.GetFileName(pageFolder);
        var pageFile = Path.Join(pageFolder, pageName + ".json");
        var file = Relative(folder, pageFile);
        using var document = JsonReading.Parse(JsonReading.ReadFile(pageFile, file), file);
        var page = JsonReading.Expect(document.RootElement, "", JsonValueKind.Object, file);
        var unpublished = JsonReading.Require(page, "", "unpublishedPage", JsonValueKind.Object, file);

        var widgets = new List<(WidgetNode, string)>();
        var widgetsFolder = Path.Join(pageFolder, "widgets");
        if (Directory.Exists(widgetsFolder))
        {
            foreach (var widgetFile in Directory.GetFiles(widgetsFolder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var widgetName = Relative(folder, widgetFile);
                using var widget = JsonReading.Parse(JsonReading.ReadFile(widgetFile, widgetName), widgetName);
                var node = DslReader.ReadWidget(widget.RootElement, "", widgetName);
                widgets.Add((node, widgetName));
            }
        }

        var jsObjects = new Dictionary<string, List<JsObjectDefinition>>(StringComparer.Ordinal);
        var objects = ReadJsObjects(folder, pageFolder);
        var name = JsonReading.Require(unpublished, "unpublishedPage", "name", JsonValueKind.String, file).GetString()!;
        jsObjects[name] = objects;
        return ExportReader.ReadPage(unpublished, "unpublishedPage", file, defaults, jsObjects, widgets);
    }

    // jsobjects/<Name>/<Name>.js, with metadata.json beside it (its unpublishedCollection.name, when given, wins over the folder's).
    private static List<JsObjectDefinition> ReadJsObjects(string folder, string pageFolder)
    {
        var list = new List<JsObjectDefinition>();
        var jsFolder = Path.Join(pageFolder, "jsobjects");
        if (!Directory.Exists(jsFolder))
        {
            return list;
        }

        foreach (var objectFolder in Directory.GetDirectories(jsFolder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(objectFolder);
            var bodyFile = Path.Join(objectFolder, name + ".js");
            var body = Encoding.UTF8.GetString(JsonReading.ReadFile(bodyFile, Relative(folder, bodyFile)));
            var metadataFile = Path.Join(objectFolder, "metadata.json");
            if (File.Exists(metadataFile))
            {
                var metadataName = Relative(folder, metadataFile);
                using var metadata = JsonReading.Parse(JsonReading.ReadFile(metadataFile, metadataName), metadataName);
                var root = JsonReading.Expect(metadata.RootElement, "", JsonValueKind.Object, metadataName);
                if (JsonReading.Optional(root, "", "unpublishedCollection", JsonValueKind.Object, metadataName) is { } collection
                    && JsonReading.Optional(collection, "unpublishedCollection", "name", JsonValueKind.String, metadataName) is { } given)
                {
                    name = given.GetString()!;
                }
            }

            list.Add(new JsObjectDefinition(name, body));
        }

        return list;
    }

    private static string Relative(string folder, string path) =>
        Path.Join(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)), Path.GetRelativePath(folder, path)).Replace('\\', '/');
}
