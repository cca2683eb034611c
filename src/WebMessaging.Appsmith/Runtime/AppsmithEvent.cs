namespace WebMessaging.Appsmith.Runtime;

/// <summary>One thing an app did, in the order it happened: an alert, a store change, a widget property change, a navigation, a warning or an error.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Subject">What it happened to: an alert's style, a store key, <c>Input1.text</c>, a page name, an action.</param>
/// <param name="Text">The new value as text (JSON for objects and strings), the alert's message, or the error.</param>
/// <param name="Time">The browser's (virtual) time in milliseconds.</param>
public sealed record AppsmithEvent(AppsmithEventKind Kind, string Subject, string Text, double Time)
{
    /// <summary>"widget Input1.text = \"hello\"" and the like.</summary>
    public override string ToString() => Kind switch
    {
        AppsmithEventKind.Widget or AppsmithEventKind.Store => $"{Kind} {Subject} = {Text}",
        _ => $"{Kind} {Subject}: {Text}",
    };
}
