using System.Text;

namespace WebMessaging.Appsmith.Loading;

/// <summary>Makes URL slugs for page names that come without one, as Appsmith does: lower case, words joined by '-'.</summary>
internal static class PageSlugs
{
    /// <summary>"Access Window Object" → "access-window-object"; "page" when nothing is left.</summary>
    public static string FromName(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "page" : text;
    }
}
