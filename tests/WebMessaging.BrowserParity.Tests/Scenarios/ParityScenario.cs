namespace WebMessaging.BrowserParity.Tests.Scenarios;

/// <summary>One scenario of the parity corpus: a folder with <c>sites.json</c> and <c>expected.txt</c>.</summary>
public sealed class ParityScenario
{
    /// <summary>The name of the file holding the site map.</summary>
    public const string SiteMapFileName = "sites.json";

    /// <summary>The name of the golden file holding the expected RESULT values, one a line.</summary>
    public const string ExpectedFileName = "expected.txt";

    /// <summary>
    /// The name of the file holding Chromium's own output where it departs from the standard; its
    /// presence means expected.txt was written by hand (expected.notes.md says why).
    /// </summary>
    public const string ChromiumDeviationFileName = "expected.chromium.txt";

    private ParityScenario(string name, string folder, SiteMap siteMap)
    {
        Name = name;
        Folder = folder;
        SiteMap = siteMap;
    }

    /// <summary>The scenario's folder name, which names it.</summary>
    public string Name { get; }

    /// <summary>The scenario's absolute folder.</summary>
    public string Folder { get; }

    /// <summary>The origins and entry URL the scenario serves.</summary>
    public SiteMap SiteMap { get; }

    /// <summary>The absolute path of the scenario's golden file (which may not exist yet).</summary>
    public string ExpectedPath => Path.Combine(Folder, ExpectedFileName);

    /// <summary>Loads the scenario in <paramref name="folder"/>.</summary>
    public static ParityScenario Load(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var full = Path.GetFullPath(folder);
        var sites = Path.Combine(full, SiteMapFileName);
        if (!File.Exists(sites))
        {
            throw new FileNotFoundException($"The scenario folder \"{full}\" has no {SiteMapFileName}.", sites);
        }

        return new ParityScenario(Path.GetFileName(full), full, SiteMap.Load(sites));
    }

    /// <summary>The absolute path of the file with Chromium's output where it departs from the standard.</summary>
    public string ChromiumDeviationPath => Path.Combine(Folder, ChromiumDeviationFileName);

    /// <summary>True when Chromium's output is known to depart from expected.txt (see expected.notes.md).</summary>
    public bool HasChromiumDeviation => File.Exists(ChromiumDeviationPath);

    /// <summary>Reads the expected RESULT values, or null when the golden file does not exist.</summary>
    public IReadOnlyList<string>? ReadExpected() => ReadLines(ExpectedPath);

    /// <summary>Reads the RESULT values Chromium is known to print, or null when it agrees with expected.txt.</summary>
    public IReadOnlyList<string>? ReadChromiumDeviation() => ReadLines(ChromiumDeviationPath);

    /// <summary>Writes <paramref name="results"/> as the scenario's golden file, one value a line.</summary>
    public void WriteExpected(IReadOnlyList<string> results) => WriteLines(ExpectedPath, results);

    /// <summary>Writes <paramref name="results"/> as Chromium's known deviation from the golden file.</summary>
    public void WriteChromiumDeviation(IReadOnlyList<string> results) => WriteLines(ChromiumDeviationPath, results);

    /// <inheritdoc />
    public override string ToString() => Name;

    private static string[]? ReadLines(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var lines = File.ReadAllText(path).Split('\n');
        var count = lines.Length;
        // The file ends with a newline, which leaves one empty entry after the last value.
        if (count > 0 && lines[count - 1].Length == 0)
        {
            count--;
        }

        return lines[..count];
    }

    private static void WriteLines(string path, IReadOnlyList<string> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        using var writer = new StreamWriter(path, append: false);
        writer.NewLine = "\n";
        foreach (var line in results)
        {
            writer.WriteLine(line);
        }
    }
}
