namespace WebMessaging.Cli.Report;

/// <summary>The report's style sheet and script, kept as files beside this class and built into the assembly.</summary>
internal static class ReportResources
{
    /// <summary>The report's CSS.</summary>
    public static string Css { get; } = Read("report.css");

    /// <summary>The report's JavaScript: the table filter.</summary>
    public static string Script { get; } = Read("report.js");

    private static string Read(string name)
    {
        var resourceName = "WebMessaging.Cli.Report." + name;
        using var stream = typeof(ReportResources).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The resource {resourceName} is missing from the webmsg assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
