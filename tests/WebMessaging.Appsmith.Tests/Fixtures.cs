using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Tests;

/// <summary>The Appsmith exports under Exports/, copied next to the tests.</summary>
internal static class Fixtures
{
    /// <summary>The path of the export <paramref name="fileName"/>.</summary>
    public static string PathOf(string fileName) => Path.Join(AppContext.BaseDirectory, "Exports", fileName);

    /// <summary>Loads the export <paramref name="fileName"/>.</summary>
    public static AppsmithApplication Load(string fileName) => AppsmithApplication.Load(PathOf(fileName));
}
