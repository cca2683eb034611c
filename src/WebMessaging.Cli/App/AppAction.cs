namespace WebMessaging.Cli.App;

/// <summary>One user action of <c>webmsg app</c>, run in the order the command line gives them.</summary>
/// <param name="Kind">What the action does.</param>
/// <param name="Widget">The widget it acts on.</param>
/// <param name="Value">The text typed, or the script run; empty for a click.</param>
internal sealed record AppAction(AppActionKind Kind, string Widget, string Value)
{
    /// <summary>The action as the command line wrote it, e.g. <c>--type Input1=hello</c>.</summary>
    public override string ToString() => Kind switch
    {
        AppActionKind.Click => "--click " + Widget,
        AppActionKind.Type => "--type " + Widget + "=" + Value,
        _ => "--in-frame " + Widget + " " + Value,
    };
}
