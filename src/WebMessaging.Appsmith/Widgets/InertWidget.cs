using WebMessaging.Appsmith.Loading;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>A widget of a type this runtime does not run: its properties (bindings evaluated) stay readable, and it does nothing.</summary>
internal sealed class InertWidget(WidgetDefinition definition) : WidgetState(definition);
