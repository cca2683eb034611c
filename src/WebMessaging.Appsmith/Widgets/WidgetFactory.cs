using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>Makes the state of a widget by its type; canvases are not widgets of their own.</summary>
internal static class WidgetFactory
{
    /// <summary>Whether <paramref name="definition"/> is a canvas, flattened away (its children are the page's).</summary>
    public static bool IsCanvas(WidgetDefinition definition) => definition.Type == "CANVAS_WIDGET";

    /// <summary>The state for <paramref name="definition"/>: a widget this runtime runs, or an inert one.</summary>
    public static WidgetState Create(WidgetDefinition definition) => definition.Type switch
    {
        "IFRAME_WIDGET" => new IframeWidget(definition),
        "BUTTON_WIDGET" => new ButtonWidget(definition),
        "INPUT_WIDGET_V2" or "INPUT_WIDGET" => new InputWidget(definition),
        "TEXT_WIDGET" => new TextWidget(definition),
        _ => new InertWidget(definition),
    };
}
