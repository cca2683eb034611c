using WebMessaging.Browsing;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Cli.Running;

/// <summary>The session <see cref="ScriptedPageRunner"/> opens: one <see cref="ScriptedBrowser"/> over the run's site.</summary>
internal sealed class ScriptedPageSession(ScriptedBrowser browser) : IPageSession
{
    /// <inheritdoc />
    public Browser Browser => browser.Browser;

    /// <inheritdoc />
    public void LoadEntry()
    {
        try
        {
            browser.LoadEntry();
        }
        catch (Exception exception) when (exception is OriginSyntaxException or ArgumentException)
        {
            throw new PageLoadException($"{browser.Sites.Entry.Href}: {exception.Message}", exception);
        }
    }

    /// <inheritdoc />
    public void Dispose() => browser.Dispose();
}
