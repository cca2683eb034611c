using Jint.Native;
using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>
/// INPUT_WIDGET_V2 and INPUT_WIDGET: <c>text</c> starts from <c>defaultText</c>, takes what is
/// typed (then <c>onTextChanged</c> runs), and resets whenever <c>defaultText</c>'s value changes.
/// </summary>
internal sealed class InputWidget(WidgetDefinition definition) : WidgetState(definition)
{
    /// <summary>The trigger typing runs.</summary>
    public const string OnTextChanged = "onTextChanged";

    /// <summary>The property typing sets.</summary>
    public const string Text = "text";

    private const string DefaultText = "defaultText";

    /// <inheritdoc />
    public override void Initialize(PageRuntime runtime) => Reset(runtime, Get(DefaultText), record: false);

    /// <inheritdoc />
    public override void OnEvaluated(PageRuntime runtime, string property, JsValue value, bool initial)
    {
        if (property == DefaultText)
        {
            Reset(runtime, value, record: !initial);
        }
    }

    /// <summary>Sets what the user typed.</summary>
    public void Type(PageRuntime runtime, string text)
    {
        runtime.SetProperty(this, Text, new JsString(text), record: true);
        runtime.SetProperty(this, "inputText", new JsString(text), record: false);
    }

    private void Reset(PageRuntime runtime, JsValue defaultText, bool record)
    {
        var text = new JsString(runtime.ToText(defaultText));
        runtime.SetProperty(this, Text, text, record);
        runtime.SetProperty(this, "inputText", text, record: false);
    }
}
