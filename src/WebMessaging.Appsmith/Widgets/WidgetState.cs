using System.Text.Json;
using Jint.Native;
using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>
/// One widget of the running page: its properties' current values (kept here, mirrored to the
/// widget's JavaScript global), its bindings and its triggers. Subclasses add what a widget
/// type does: the properties it derives and how it reacts when a bound value changes.
/// </summary>
internal abstract class WidgetState
{
    private static readonly string[] CommonTriggers = ["onClick", "onTextChanged", "onSubmit", "onFocus", "onBlur", "onMessageReceived", "onURLChanged", "onSrcDocChanged"];

    private readonly Dictionary<string, JsValue> _values = new(StringComparer.Ordinal);

    protected WidgetState(WidgetDefinition definition)
    {
        Definition = definition;
        foreach (var (name, value) in definition.Properties)
        {
            if (value.ValueKind == JsonValueKind.String && IsTrigger(definition, name))
            {
                if (BindingTemplate.Parse(value.GetString()!) is { } trigger)
                {
                    Triggers[name] = trigger;
                }

                continue;
            }

            if (value.ValueKind == JsonValueKind.String && BindingTemplate.Parse(value.GetString()!) is { } binding)
            {
                Bindings[name] = binding;
            }
        }
    }

    /// <summary>The widget as saved.</summary>
    public WidgetDefinition Definition { get; }

    /// <summary>The widget's name, its global in the page's code.</summary>
    public string Name => Definition.Name;

    /// <summary>The properties whose value holds <c>{{ }}</c>, by name.</summary>
    public Dictionary<string, BindingTemplate> Bindings { get; } = new(StringComparer.Ordinal);

    /// <summary>The event properties that hold code to run (onClick...), by name.</summary>
    public Dictionary<string, BindingTemplate> Triggers { get; } = new(StringComparer.Ordinal);

    /// <summary>The widget's global object in the page's realm.</summary>
    public JsObject? Global { get; set; }

    /// <summary>Every property name with a value now, in the order they were first set.</summary>
    public IEnumerable<string> PropertyNames => _values.Keys;

    /// <summary>The current value of <paramref name="property"/>, or undefined.</summary>
    public JsValue Get(string property) => _values.TryGetValue(property, out var value) ? value : JsValue.Undefined;

    /// <summary>Whether <paramref name="property"/> has a value.</summary>
    public bool Has(string property) => _values.ContainsKey(property);

    /// <summary>Sets <paramref name="property"/> here and on the widget's global, as is: <see cref="PageRuntime.SetProperty"/> compares and records changes first.</summary>
    public void Store(string property, JsValue value)
    {
        _values[property] = value;
        Global?.Set(property, value);
    }

    /// <summary>Sets the properties the widget derives from the saved ones, once the saved values are in.</summary>
    public virtual void Initialize(PageRuntime runtime)
    {
    }

    /// <summary>
    /// Reacts to a bound property's new value: <paramref name="initial"/> during the page's
    /// first evaluation, when no event handler runs.
    /// </summary>
    public virtual void OnEvaluated(PageRuntime runtime, string property, JsValue value, bool initial)
    {
    }

    private static bool IsTrigger(WidgetDefinition definition, string name)
    {
        if (Array.IndexOf(CommonTriggers, name) >= 0)
        {
            return true;
        }

        if (definition.Properties.TryGetValue("dynamicTriggerPathList", out var paths) && paths.ValueKind == JsonValueKind.Array)
        {
            foreach (var path in paths.EnumerateArray())
            {
                if (path.ValueKind == JsonValueKind.Object && path.TryGetProperty("key", out var key) && key.ValueKind == JsonValueKind.String && key.GetString() == name)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
