namespace WebMessaging.BrowserParity.Tests.Scenarios;

/// <summary>Finds the parity scenarios under the repository's <c>tests/parity</c> folder.</summary>
public static class ScenarioCorpus
{
    /// <summary>The environment variable that, when set, names the corpus folder instead.</summary>
    public const string FolderVariable = "PARITY_SCENARIOS";

    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The absolute corpus folder.</summary>
    public static string Root => s_root.Value;

    /// <summary>The names of all scenarios (folders holding a <c>sites.json</c>), sorted ordinally.</summary>
    public static IReadOnlyList<string> Names()
    {
        var names = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (File.Exists(Path.Combine(folder, ParityScenario.SiteMapFileName)))
            {
                names.Add(Path.GetFileName(folder));
            }
        }

        names.Sort(StringComparer.Ordinal);
        return names;
    }

    /// <summary>Loads the scenario called <paramref name="name"/>.</summary>
    public static ParityScenario Load(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Contains('/') || name.Contains('\\') || name.Contains(".."))
        {
            throw new ArgumentException($"The scenario name \"{name}\" must be a plain folder name.", nameof(name));
        }

        return ParityScenario.Load(Path.Combine(Root, name));
    }

    private static string FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable(FolderVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured)
                ? Path.GetFullPath(configured)
                : throw new DirectoryNotFoundException($"{FolderVariable} names \"{configured}\", which is not a folder.");
        }

        // The tests run from bin/<configuration>/<framework>; walk up to the folder holding tests/parity.
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "parity");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException(
            $"No tests/parity folder above \"{AppContext.BaseDirectory}\"; set {FolderVariable} to the corpus folder.");
    }
}
