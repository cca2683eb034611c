namespace WebMessaging.Appsmith.Loading;

/// <summary>
/// An Appsmith application as saved: loaded from an exported application JSON, a DSL-only
/// file (<c>{"dsl": …}</c>) or Appsmith's git folder layout.
/// </summary>
/// <example>
/// <code>
/// var app = AppsmithApplication.Load("IframeWidgetPostMessage.json");
/// using var session = AppsmithSession.Start(app);
/// session.Click("Button1");
/// </code>
/// </example>
public sealed class AppsmithApplication
{
    internal AppsmithApplication(string name, string source, IReadOnlyList<AppsmithPage> pages, double? clientSchemaVersion, double? serverSchemaVersion)
    {
        Name = name;
        Source = source;
        Pages = pages;
        ClientSchemaVersion = clientSchemaVersion;
        ServerSchemaVersion = serverSchemaVersion;
    }

    /// <summary>The application's name (the file's name for a DSL-only file).</summary>
    public string Name { get; }

    /// <summary>The file or folder the application was loaded from.</summary>
    public string Source { get; }

    /// <summary>The pages, in the order they were saved.</summary>
    public IReadOnlyList<AppsmithPage> Pages { get; }

    /// <summary>The page the application opens on: the one marked default, else the first.</summary>
    public AppsmithPage DefaultPage
    {
        get
        {
            foreach (var page in Pages)
            {
                if (page.IsDefault)
                {
                    return page;
                }
            }

            return Pages[0];
        }
    }

    /// <summary>The export's <c>clientSchemaVersion</c>, or null when the input has none (a DSL-only file).</summary>
    public double? ClientSchemaVersion { get; }

    /// <summary>The export's <c>serverSchemaVersion</c>, or null when the input has none (a DSL-only file).</summary>
    public double? ServerSchemaVersion { get; }

    /// <summary>
    /// Loads an application from <paramref name="path"/>: a folder in Appsmith's git layout, or a
    /// JSON file holding an export or a DSL.
    /// </summary>
    /// <exception cref="AppsmithLoadException">The input cannot be read or is not an application this runtime reads; the message names the file and the key.</exception>
    public static AppsmithApplication Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Directory.Exists(path) ? GitFolderReader.Read(path) : ExportReader.ReadFile(path);
    }

    /// <summary>Reads an application from the JSON text <paramref name="json"/> (an export or a DSL), naming it <paramref name="fileName"/> in errors.</summary>
    /// <exception cref="AppsmithLoadException">The text is not an application this runtime reads.</exception>
    public static AppsmithApplication Parse(string json, string fileName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentException.ThrowIfNullOrEmpty(fileName);
        return ExportReader.Parse(System.Text.Encoding.UTF8.GetBytes(json), fileName);
    }

    /// <summary>The page named <paramref name="name"/> (compared exactly, then ignoring case), or null.</summary>
    public AppsmithPage? FindPage(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (var page in Pages)
        {
            if (page.Name == name)
            {
                return page;
            }
        }

        foreach (var page in Pages)
        {
            if (string.Equals(page.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return page;
            }
        }

        return null;
    }
}
