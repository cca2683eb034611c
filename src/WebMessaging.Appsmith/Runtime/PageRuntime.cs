using System.Text.Json;
using Jint;
using Jint.Native;
using Jint.Native.Json;
using Jint.Native.Object;
using WebMessaging.Appsmith.Loading;
using WebMessaging.Appsmith.Widgets;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>
/// One app page running in its document: the widgets' state, their globals in the page's
/// realm, the bindings' evaluation and the triggers. Made for each document of an app page
/// (navigating to another page makes a new one).
/// </summary>
internal sealed class PageRuntime
{
    // Bindings that read other bindings settle in a few passes; more means a cycle.
    private const int MaxEvaluationPasses = 16;

    private readonly AppsmithSession _session;
    private readonly Dictionary<string, WidgetState> _widgets = new(StringComparer.Ordinal);
    private readonly List<WidgetState> _order = [];
    private readonly Dictionary<(WidgetState, string), JsValue> _evaluators = [];
    private readonly Dictionary<(WidgetState, string), JsValue> _triggers = [];
    private readonly Dictionary<(WidgetState, string), string> _compileErrors = [];
    private readonly Dictionary<(WidgetState, string), string> _evaluationErrors = [];
    private readonly HashSet<string> _listeningOrigins = new(StringComparer.Ordinal);
    private ObjectInstance? _api;
    private JsValue _evaluate = JsValue.Undefined;
    private JsValue _runTrigger = JsValue.Undefined;
    private JsValue _text = JsValue.Undefined;
    private JsValue _preview = JsValue.Undefined;
    private bool _evaluationQueued;

    private PageRuntime(AppsmithSession session, AppsmithPage page, ScriptedWindow document)
    {
        _session = session;
        Page = page;
        Document = document;
    }

    /// <summary>The page.</summary>
    public AppsmithPage Page { get; }

    /// <summary>The page's document, whose realm holds the widgets' globals.</summary>
    public ScriptedWindow Document { get; }

    /// <summary>The page's engine.</summary>
    public Engine Engine => Document.Engine;

    /// <summary>The widgets in tree order, canvases left out.</summary>
    public IReadOnlyList<WidgetState> Widgets => _order;

    /// <summary>The origins windowMessageListener listens to now, normalized.</summary>
    public IReadOnlyCollection<string> ListeningOrigins => _listeningOrigins;

    /// <summary>
    /// Installs the page into <paramref name="document"/>'s realm before any of its frames
    /// exists: the prelude, one global per widget, the JS objects, then the first evaluation,
    /// whose values give the iframes their attributes.
    /// </summary>
    public static PageRuntime Install(AppsmithSession session, AppsmithPage page, ScriptedWindow document)
    {
        var runtime = new PageRuntime(session, page, document);
        runtime.Install();
        return runtime;
    }

    /// <summary>The widget named <paramref name="name"/>, or null.</summary>
    public WidgetState? Find(string name) => _widgets.GetValueOrDefault(name);

    /// <summary>Sets a widget property and mirrors it to the widget's global; a change is an event when <paramref name="record"/>.</summary>
    public bool SetProperty(WidgetState widget, string property, JsValue value, bool record)
    {
        var had = widget.Has(property);
        var old = widget.Get(property);
        if (had && Same(old, value))
        {
            return false;
        }

        widget.Store(property, value);
        if (record)
        {
            _session.Record(AppsmithEventKind.Widget, widget.Name + "." + property, Preview(value));
        }

        return true;
    }

    /// <summary>Runs the trigger <paramref name="property"/> of <paramref name="widget"/>, if it has one; false when it has none.</summary>
    public bool RunTrigger(WidgetState widget, string property)
    {
        var key = (widget, property);
        var label = widget.Name + "." + property;
        if (_compileErrors.TryGetValue(key, out var error))
        {
            _session.Record(AppsmithEventKind.ActionError, label, error);
            return true;
        }

        if (_api is null || !_triggers.TryGetValue(key, out var trigger))
        {
            return false;
        }

        Document.InvokeCallback(_runTrigger, _api, trigger, new JsString(label));
        return true;
    }

    /// <summary>Runs <paramref name="code"/> as a trigger would (the body of an async function in the page's realm).</summary>
    public void RunCode(string code, string label)
    {
        if (_api is null)
        {
            return;
        }

        JsValue function;
        try
        {
            function = Engine.Evaluate("(async function () {\n" + code + "\n})", label);
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Acornima.SyntaxErrorException or Acornima.ParseErrorException)
        {
            _session.Record(AppsmithEventKind.ActionError, label, e.Message);
            return;
        }

        Document.InvokeCallback(_runTrigger, _api, function, new JsString(label));
    }

    /// <summary>Sets an attribute of a widget's iframe through the DOM, so that the frame navigates as a page's script would make it.</summary>
    public void SetIframeAttribute(string widgetName, string attribute, string value)
    {
        if (_api is not null)
        {
            Document.InvokeCallback(_api.Get("setIframeAttribute"), _api, new JsString(widgetName), new JsString(attribute), new JsString(value));
        }
    }

    /// <summary>Evaluates the bindings again after the current task, once however often it is asked for.</summary>
    public void ScheduleEvaluation()
    {
        if (_evaluationQueued || !Document.IsActive)
        {
            return;
        }

        _evaluationQueued = true;
        Document.Window.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            _evaluationQueued = false;
            if (Document.IsActive)
            {
                Evaluate(initial: false);
            }
        }, "evaluate the bindings of " + Page.Name);
    }

    /// <summary>
    /// Evaluates every binding until none changes: a changed value is stored, mirrored, recorded
    /// (unless <paramref name="initial"/>) and handed to its widget, whose reaction may change more.
    /// </summary>
    public void Evaluate(bool initial)
    {
        if (_api is null)
        {
            return;
        }

        for (var pass = 0; pass < MaxEvaluationPasses; pass++)
        {
            var changed = false;
            foreach (var widget in _order)
            {
                foreach (var property in widget.Bindings.Keys)
                {
                    var value = EvaluateBinding(widget, property);
                    if (SetProperty(widget, property, value, record: !initial))
                    {
                        changed = true;
                        widget.OnEvaluated(this, property, value, initial);
                    }
                }
            }

            if (!changed)
            {
                return;
            }
        }

        _session.Record(AppsmithEventKind.EvaluationError, Page.Name, $"the bindings did not settle after {MaxEvaluationPasses} passes: some read each other in a cycle");
    }

    /// <summary>A value as a widget's text shows it: undefined and null as "", objects as JSON, the rest as String(value).</summary>
    public string ToText(JsValue value)
    {
        if (value.IsUndefined() || value.IsNull())
        {
            return "";
        }

        if (value is JsString or JsNumber or JsBoolean)
        {
            return value.ToString();
        }

        return Engine.Call(_text, JsValue.Undefined, [value]).ToString();
    }

    /// <summary>A value as events show it: JSON where it has one, else its String().</summary>
    public string Preview(JsValue value)
    {
        if (value is JsString s)
        {
            return System.Text.Json.JsonSerializer.Serialize(s.ToString());
        }

        if (value.IsUndefined() || value.IsNull() || value is JsNumber or JsBoolean)
        {
            return value.ToString();
        }

        try
        {
            return Engine.Call(_preview, JsValue.Undefined, [value]).ToString();
        }
        catch (Jint.Runtime.JavaScriptException)
        {
            return value.ToString();
        }
    }

    /// <summary>A message from the iframe of the Iframe widget <paramref name="name"/>.</summary>
    internal void IframeMessage(string name, JsValue metadata, JsValue data)
    {
        if (Find(name) is IframeWidget iframe)
        {
            iframe.Receive(this, metadata, data);
        }

        ScheduleEvaluation();
    }

    /// <summary>windowMessageListener started or stopped listening to <paramref name="origin"/>.</summary>
    internal void Listening(string origin, bool listening)
    {
        if (listening)
        {
            _listeningOrigins.Add(origin);
        }
        else
        {
            _listeningOrigins.Remove(origin);
        }
    }

    private void Install()
    {
        foreach (var definition in Page.Root.DescendantsAndSelf())
        {
            if (ReferenceEquals(definition, Page.Root) || WidgetFactory.IsCanvas(definition))
            {
                continue;
            }

            var widget = WidgetFactory.Create(definition);
            if (_widgets.TryAdd(widget.Name, widget))
            {
                _order.Add(widget);
            }
            else
            {
                _session.Record(AppsmithEventKind.Warning, widget.Name, $"two widgets of the page {Page.Name} are named {widget.Name}; the first one is used");
            }
        }

        var iframeNames = new List<JsValue>();
        foreach (var widget in _order)
        {
            if (widget is IframeWidget)
            {
                iframeNames.Add(new JsString(widget.Name));
            }
        }

        var parser = new JsonParser(Engine);
        var store = parser.Parse(_session.StoreJson());
        var theme = parser.Parse(Prelude.ThemeJson);
        var prelude = Engine.Evaluate(Prelude.Prepared);
        var host = PageHost.Create(this, _session);
        if (Document.InvokeCallback(prelude, JsValue.Undefined, host, new JsArray(Engine, iframeNames.ToArray()), store, theme) is not ObjectInstance api)
        {
            // A parent that sandboxes the app's iframe without allow-scripts leaves it no realm to run in.
            _session.Record(AppsmithEventKind.ActionError, Page.Name, "the app's document cannot run scripts (is its iframe sandboxed without allow-scripts?): no widget, binding or action runs");
            return;
        }

        _api = api;
        _evaluate = _api.Get("evaluate");
        _runTrigger = _api.Get("runTrigger");
        _text = _api.Get("text");
        _preview = _api.Get("preview");

        foreach (var widget in _order)
        {
            InstallWidget(widget, parser);
        }

        foreach (var jsObject in Page.JsObjects)
        {
            InstallJsObject(jsObject);
        }

        foreach (var widget in _order)
        {
            widget.Initialize(this);
        }

        Evaluate(initial: true);
        foreach (var widget in _order)
        {
            if (widget is IframeWidget iframe && Document.Document.GetElementById(iframe.ElementId) is { } element)
            {
                iframe.ApplyInitialAttributes(this, element);
            }
        }
    }

    private void InstallWidget(WidgetState widget, JsonParser parser)
    {
        widget.Global = new JsObject(Engine);
        Engine.SetValue(widget.Name, widget.Global);
        foreach (var (name, value) in widget.Definition.Properties)
        {
            if (widget.Triggers.ContainsKey(name) || widget.Bindings.ContainsKey(name))
            {
                continue;
            }

            widget.Store(name, parser.Parse(value.GetRawText()));
        }

        foreach (var (name, binding) in widget.Bindings)
        {
            widget.Store(name, JsValue.Undefined);
            Compile(widget, name, binding.EvaluatorSource(), _evaluators);
        }

        foreach (var (name, trigger) in widget.Triggers)
        {
            Compile(widget, name, "(async function () {\n" + trigger.TriggerBody() + "\n})", _triggers);
        }
    }

    private void Compile(WidgetState widget, string property, string source, Dictionary<(WidgetState, string), JsValue> into)
    {
        try
        {
            into[(widget, property)] = Engine.Evaluate(source, widget.Name + "." + property);
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Acornima.SyntaxErrorException or Acornima.ParseErrorException)
        {
            _compileErrors[(widget, property)] = e.Message;
        }
    }

    // A JS object: `export default { … }` becomes the value of a function's return, bound to a global of its name.
    private void InstallJsObject(JsObjectDefinition jsObject)
    {
        var body = jsObject.Body.TrimStart();
        const string Export = "export default";
        if (!body.StartsWith(Export, StringComparison.Ordinal))
        {
            _session.Record(AppsmithEventKind.ActionError, jsObject.Name, "a JS object's body must start with 'export default {'");
            return;
        }

        JsValue factory;
        try
        {
            factory = Engine.Evaluate("(function () { return " + body[Export.Length..] + "\n})", jsObject.Name + ".js");
        }
        catch (Exception e) when (e is Jint.Runtime.JavaScriptException or Acornima.SyntaxErrorException or Acornima.ParseErrorException)
        {
            _session.Record(AppsmithEventKind.ActionError, jsObject.Name, e.Message);
            return;
        }

        var result = Document.InvokeCallback(_evaluate, _api!, factory, _text).AsObject();
        if (result.Get("0").AsBoolean())
        {
            Engine.SetValue(jsObject.Name, result.Get("1"));
        }
        else
        {
            _session.Record(AppsmithEventKind.ActionError, jsObject.Name, result.Get("1").ToString());
        }
    }

    private JsValue EvaluateBinding(WidgetState widget, string property)
    {
        var key = (widget, property);
        if (_compileErrors.TryGetValue(key, out var compileError))
        {
            ReportEvaluationError(key, compileError);
            return JsValue.Undefined;
        }

        var result = Document.InvokeCallback(_evaluate, _api!, _evaluators[key], _text);
        if (result is not ObjectInstance array)
        {
            return JsValue.Undefined;
        }

        if (array.Get("0").AsBoolean())
        {
            _evaluationErrors.Remove(key);
            return array.Get("1");
        }

        ReportEvaluationError(key, array.Get("1").ToString());
        return JsValue.Undefined;
    }

    // An error is reported when it first happens, not again on every evaluation that repeats it.
    private void ReportEvaluationError((WidgetState Widget, string Property) key, string error)
    {
        if (_evaluationErrors.TryGetValue(key, out var previous) && previous == error)
        {
            return;
        }

        _evaluationErrors[key] = error;
        _session.Record(AppsmithEventKind.EvaluationError, key.Widget.Name + "." + key.Property, error);
    }

    private bool Same(JsValue old, JsValue value)
    {
        if (ReferenceEquals(old, value))
        {
            return true;
        }

        if (old.Type != value.Type)
        {
            return false;
        }

        return value switch
        {
            JsString => old.ToString() == value.ToString(),
            JsNumber n => n.AsNumber().Equals(old.AsNumber()),
            JsBoolean b => b.AsBoolean() == old.AsBoolean(),
            ObjectInstance => Preview(old) == Preview(value),
            _ => true,
        };
    }
}
