using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>TEXT_WIDGET: shows <c>text</c>, a binding like any other.</summary>
internal sealed class TextWidget(WidgetDefinition definition) : WidgetState(definition);
