using System.Net;
using System.Text;
using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>
/// The HTML document of an app page: one iframe per Iframe widget, with the id
/// <c>iframe-&lt;widgetName&gt;</c>. Its src, srcdoc and sandbox are set from the widget's
/// evaluated properties once the runtime is installed, before the frames are created.
/// </summary>
internal static class AppPageHtml
{
    /// <summary>The page's document.</summary>
    public static string Html(AppsmithApplication app, AppsmithPage page)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>")
            .Append(WebUtility.HtmlEncode(page.Name + " | " + app.Name))
            .Append("</title></head>\n<body>\n<div id=\"appsmith-page\" data-page=\"").Append(WebUtility.HtmlEncode(page.Name)).Append("\">\n");
        foreach (var widget in page.Root.DescendantsAndSelf())
        {
            if (widget.Type == "IFRAME_WIDGET")
            {
                html.Append("<iframe id=\"").Append(WebUtility.HtmlEncode("iframe-" + widget.Name))
                    .Append("\" title=\"").Append(WebUtility.HtmlEncode(widget.Name)).Append("\"></iframe>\n");
            }
        }

        return html.Append("</div>\n</body>\n</html>\n").ToString();
    }

    /// <summary>The path of a page on the app's origin: /app/&lt;slug&gt;.</summary>
    public static string PathOf(AppsmithPage page) => "/app/" + Uri.EscapeDataString(page.Slug);
}
