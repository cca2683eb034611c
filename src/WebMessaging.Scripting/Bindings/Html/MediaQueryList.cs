using WebMessaging.Browsing;
using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://drafts.csswg.org/cssom-view/#mediaquerylist
/// A media query list that matchMedia() made: the headless environment never changes, so its
/// change event never fires.
/// </summary>
internal sealed class MediaQueryList : EventTarget
{
    public MediaQueryList(GlobalScope global, string media)
        : base(global)
    {
        Media = MediaQueryEvaluator.Serialize(media);
        Matches = MediaQueryEvaluator.Matches(media);
    }

    /// <summary>media: the serialized media query list.</summary>
    public string Media { get; }

    /// <summary>matches: whether the list matches the environment.</summary>
    public bool Matches { get; }
}
