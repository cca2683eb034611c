using System.Globalization;
using System.Text.Json;

namespace WebMessaging.Appsmith.Loading;

/// <summary>
/// The export schema versions this runtime reads. The keys it uses (pages, their unpublished
/// layouts' DSL, JS object collections) have kept their shape from server schema 1 through
/// 11 (the newest of the fixtures) and client schema 1.
/// </summary>
internal static class SchemaVersions
{
    /// <summary>The oldest <c>serverSchemaVersion</c> read.</summary>
    public const int MinServer = 1;

    /// <summary>The newest <c>serverSchemaVersion</c> read.</summary>
    public const int MaxServer = 11;

    /// <summary>The one major <c>clientSchemaVersion</c> read.</summary>
    public const int ClientMajor = 1;

    /// <summary>Reads and checks the two versions of <paramref name="root"/> (an export or git metadata).</summary>
    public static (double Client, double Server) Check(JsonElement root, string file)
    {
        var client = JsonReading.Require(root, "", "clientSchemaVersion", JsonValueKind.Number, file).GetDouble();
        var server = JsonReading.Require(root, "", "serverSchemaVersion", JsonValueKind.Number, file).GetDouble();
        if (Math.Floor(client) != ClientMajor)
        {
            throw new AppsmithLoadException(file, "clientSchemaVersion", $"unsupported version {Format(client)} (this runtime reads {ClientMajor}.x)");
        }

        if (server < MinServer || server >= MaxServer + 1)
        {
            throw new AppsmithLoadException(file, "serverSchemaVersion", $"unsupported version {Format(server)} (this runtime reads {MinServer} to {MaxServer})");
        }

        return (client, server);
    }

    private static string Format(double version) => version.ToString("0.0##", CultureInfo.InvariantCulture);
}
