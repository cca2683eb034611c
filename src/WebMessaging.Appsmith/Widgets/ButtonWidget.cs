using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>BUTTON_WIDGET: <c>text</c>, <c>isDisabled</c>, and <c>onClick</c>, run when it is clicked.</summary>
internal sealed class ButtonWidget(WidgetDefinition definition) : WidgetState(definition)
{
    /// <summary>The trigger a click runs.</summary>
    public const string OnClick = "onClick";
}
