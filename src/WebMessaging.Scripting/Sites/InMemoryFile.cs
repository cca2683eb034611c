namespace WebMessaging.Scripting.Sites;

/// <summary>A file that a <see cref="SiteMapBuilder"/> caller gave as content rather than as a file on disk.</summary>
internal sealed record InMemoryFile(ReadOnlyMemory<byte> Content, string ContentType);
