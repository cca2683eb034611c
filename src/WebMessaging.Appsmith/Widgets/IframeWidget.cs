using Jint.Native;
using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Widgets;

/// <summary>
/// IFRAME_WIDGET: an iframe with the id <c>iframe-&lt;widgetName&gt;</c>, showing <c>srcDoc</c>
/// (sandboxed without allow-same-origin, so its origin is "null") or else <c>source</c>;
/// <c>message</c> and <c>messageMetadata</c> hold the last message its own window sent.
/// </summary>
internal sealed class IframeWidget(WidgetDefinition definition) : WidgetState(definition)
{
    /// <summary>
    /// The sandbox of a srcDoc iframe: everything but allow-same-origin, so that the document's
    /// origin is opaque and cannot reach the app.
    /// </summary>
    public const string SrcDocSandbox = "allow-scripts allow-forms allow-modals allow-popups allow-popups-to-escape-sandbox allow-presentation allow-downloads";

    private const string Source = "source";
    private const string SrcDoc = "srcDoc";

    /// <summary>The trigger a message from the iframe runs.</summary>
    public const string OnMessageReceived = "onMessageReceived";

    /// <summary>The id of the widget's iframe element.</summary>
    public string ElementId => "iframe-" + Name;

    /// <inheritdoc />
    public override void Initialize(PageRuntime runtime)
    {
        runtime.SetProperty(this, "message", JsValue.Undefined, record: false);
        runtime.SetProperty(this, "messageMetadata", JsValue.Undefined, record: false);
    }

    /// <summary>Sets the iframe's attributes from the first evaluation, before the frame is created.</summary>
    public void ApplyInitialAttributes(PageRuntime runtime, AngleSharp.Dom.IElement iframe)
    {
        var srcDoc = runtime.ToText(Get(SrcDoc));
        var source = runtime.ToText(Get(Source));
        if (source.Length > 0)
        {
            iframe.SetAttribute("src", source);
        }

        if (srcDoc.Length > 0)
        {
            iframe.SetAttribute("sandbox", SrcDocSandbox);
            iframe.SetAttribute("srcdoc", srcDoc);
        }
    }

    /// <inheritdoc />
    public override void OnEvaluated(PageRuntime runtime, string property, JsValue value, bool initial)
    {
        if (initial)
        {
            return;
        }

        // FIXME: a srcDoc that becomes non-empty after the frame exists does not sandbox it
        // (the runtime reads sandbox when it creates the frame).
        if (property == SrcDoc)
        {
            runtime.SetIframeAttribute(Name, "srcdoc", runtime.ToText(value));
            runtime.RunTrigger(this, "onSrcDocChanged");
        }
        else if (property == Source)
        {
            runtime.SetIframeAttribute(Name, "src", runtime.ToText(value));
            runtime.RunTrigger(this, "onURLChanged");
        }
    }

    /// <summary>A message from the iframe's own window: messageMetadata, then message, then onMessageReceived.</summary>
    public void Receive(PageRuntime runtime, JsValue metadata, JsValue data)
    {
        runtime.SetProperty(this, "messageMetadata", metadata, record: true);
        runtime.SetProperty(this, "message", data, record: true);
        runtime.RunTrigger(this, OnMessageReceived);
    }
}
