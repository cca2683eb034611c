namespace WebMessaging.Scripting.Sites;

/// <summary>Content an <see cref="ISiteContentProvider"/> serves: the bytes and their content type.</summary>
/// <param name="Body">The bytes served.</param>
/// <param name="ContentType">The content type, e.g. "text/html" or "text/javascript".</param>
public sealed record SiteContent(ReadOnlyMemory<byte> Body, string ContentType)
{
    /// <summary>Content made of the text <paramref name="text"/> as UTF-8.</summary>
    public static SiteContent FromText(string text, string contentType)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return new SiteContent(System.Text.Encoding.UTF8.GetBytes(text), contentType);
    }
}
