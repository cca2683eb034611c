using Jint;
using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Widgets;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>A widget of the page an <see cref="AppsmithSession"/> shows: its type and its current properties.</summary>
public sealed class AppsmithWidget
{
    private readonly WidgetState _state;

    internal AppsmithWidget(WidgetState state)
    {
        _state = state;
    }

    /// <summary>The widget's name, e.g. <c>Input1</c>.</summary>
    public string Name => _state.Name;

    /// <summary>The widget's type, e.g. <c>INPUT_WIDGET_V2</c>.</summary>
    public string Type => _state.Definition.Type;

    /// <summary>The widget as saved.</summary>
    public WidgetDefinition Definition => _state.Definition;

    /// <summary>Whether this runtime runs the widget's type; an inert widget only keeps its properties.</summary>
    public bool IsInert => _state is InertWidget;

    /// <summary>The names of the properties that have a value (saved, evaluated or derived).</summary>
    public IReadOnlyList<string> PropertyNames => [.. _state.PropertyNames];

    /// <summary>
    /// The current value of <paramref name="property"/> as a .NET value: a string, a double, a
    /// bool, null (for null and undefined), an object[] or a dictionary for JavaScript objects.
    /// </summary>
    public object? Get(string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var value = _state.Get(property);
        return value.IsUndefined() ? null : value.ToObject();
    }

    /// <summary>The current value of <paramref name="property"/> as a widget's text shows it ("" for undefined and null).</summary>
    public string GetText(string property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var value = _state.Get(property);
        return value.IsUndefined() || value.IsNull() ? "" : Convert.ToString(value.ToObject(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>Returns the name and type.</summary>
    public override string ToString() => Name + " (" + Type + ")";
}
