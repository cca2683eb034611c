using AngleSharp.Dom;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using WebMessaging.Events;
using WebMessaging.Scripting.Bindings.Html;
using EventTarget = WebMessaging.Events.EventTarget;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// Event handler content attributes such as <c>&lt;button onclick="..."&gt;</c>
/// (https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-content-attributes):
/// the attribute's text becomes the element's event handler, compiled as a function with the
/// element and its document on its scope chain.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the handler is compiled when the attribute is set (when the document
/// is bound, or by setAttribute, innerHTML and cloneNode), not lazily at first use, so that the
/// event handler IDL attribute reads the function at once; a syntax error is reported then.
/// </remarks>
internal static class InlineEventHandlers
{
    /// <summary>The GlobalEventHandlers events whose content attributes are compiled (on + the event type).</summary>
    public static readonly string[] ElementEventTypes =
    [
        "abort", "auxclick", "beforeinput", "blur", "cancel", "change", "click", "close", "contextmenu",
        "copy", "cut", "dblclick", "drag", "dragend", "dragenter", "dragleave", "dragover", "dragstart",
        "drop", "error", "focus", "focusin", "focusout", "input", "invalid", "keydown", "keypress", "keyup", "load",
        "mousedown", "mouseenter", "mouseleave", "mousemove", "mouseout", "mouseover", "mouseup",
        "paste", "pointercancel", "pointerdown", "pointerenter", "pointerleave", "pointermove", "pointerout", "pointerover",
        "pointerup", "reset", "resize", "scroll", "select", "submit", "toggle", "transitionend", "wheel",
    ];

    // https://html.spec.whatwg.org/multipage/webappapis.html#window-reflecting-body-element-event-handler-set
    // and https://html.spec.whatwg.org/multipage/webappapis.html#windoweventhandlers
    // FIXME: onerror of body (an OnErrorEventHandler, called with five arguments at the window).
    /// <summary>The events of body's handlers that are the Window's (on + the event type).</summary>
    public static readonly string[] WindowReflectingBodyEventTypes =
    [
        "blur", "focus", "load", "resize", "scroll", "afterprint", "beforeprint", "beforeunload", "hashchange",
        "languagechange", "message", "messageerror", "offline", "online", "pagehide", "pageshow", "popstate",
        "rejectionhandled", "storage", "unhandledrejection", "unload",
    ];

    private static readonly HashSet<string> WindowReflectingBodyEvents = new(WindowReflectingBodyEventTypes, StringComparer.Ordinal);

    private static readonly HashSet<string> ElementEvents = new(ElementEventTypes, StringComparer.Ordinal);

    /// <summary>Compiles the handler content attributes of <paramref name="root"/> and its element descendants.</summary>
    public static void CompileSubtree(DomTreeRealm home, INode root)
    {
        if (root is IElement rootElement)
        {
            CompileAttributes(home, rootElement);
        }

        if (root is IParentNode parent && root.HasChildNodes)
        {
            foreach (IElement element in parent.QuerySelectorAll("*"))
            {
                CompileAttributes(home, element);
            }
        }
    }

    /// <summary>
    /// The attribute change steps of an event handler content attribute: when
    /// <paramref name="attributeName"/> names one, sets (or, for a null value, clears) the
    /// element's event handler. Returns false for any other attribute.
    /// </summary>
    public static bool AttributeChanged(DomTreeRealm home, IElement element, string attributeName, string? value)
    {
        if (attributeName.Length < 3 || !attributeName.StartsWith("on", StringComparison.Ordinal) || element.NamespaceUri != NamespaceNames.HtmlUri)
        {
            return false;
        }

        string eventType = attributeName[2..];
        EventTarget target;
        if (element.LocalName == "body" && WindowReflectingBodyEvents.Contains(eventType))
        {
            // "... the event handlers exposed on the body element ... are reflected on the
            //  Window object": their target is the element's node document's relevant global.
            target = home.Window.Window;
        }
        else if (ElementEvents.Contains(eventType))
        {
            target = home.Window.GetEventTarget(element);
        }
        else
        {
            return false;
        }

        // https://html.spec.whatwg.org/multipage/webappapis.html#event-handler-attributes:concept-element-attributes-change-ext
        // "2. If value is null, then deactivate an event handler given eventTarget and localName."
        if (value is null)
        {
            target.SetEventHandler(eventType, null);
            return true;
        }

        // "3. Otherwise: 1. If the Should element's inline behavior be blocked by Content Security
        //  Policy? algorithm returns "Blocked" ..., then return." (no CSP here)
        // "2. Let handlerMap be eventTarget's event handler map. 3. Let eventHandler be
        //  handlerMap[localName]. 4. Let location be the script location that triggered the
        //  execution of these steps. 5. Set eventHandler's value to the internal raw uncompiled
        //  handler value/location. 6. Activate an event handler given eventTarget and name."
        ObjectInstance? callback = Compile(home, element, attributeName, value);
        target.SetEventHandler(eventType, callback is null ? null : new ScriptEventHandler(home.Realm, callback));
        return true;
    }

    private static void CompileAttributes(DomTreeRealm home, IElement element)
    {
        foreach (IAttr attribute in element.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
            {
                AttributeChanged(home, element, attribute.Name, attribute.Value);
            }
        }
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#getting-the-current-value-of-the-event-handler
    // (step 1, compiling an internal raw uncompiled handler)
    private static ObjectInstance? Compile(DomTreeRealm home, IElement element, string name, string body)
    {
        var engine = home.Engine;
        ObjectInstance functionConstructor = engine.Intrinsics.Function;
        try
        {
            // "3. If body is not parsable as FunctionBody or if parsing detects an early error,
            //  then follow these substeps: 1. Set eventHandler's value to null. 2. Report an
            //  exception with a new SyntaxError exception for the appropriate realm."
            // Parsing the text alone as a function body first also keeps it from closing the
            // scope-building wrapper below.
            engine.Call(functionConstructor, JsValue.Undefined, [new JsString("event"), new JsString(body)]);

            // "9. Push settings object's realm execution context onto the JavaScript execution context stack."
            // "10. Let function be the result of calling OrdinaryFunctionCreate, with arguments:
            //  ... Scope: 1. Let realm be settings object's realm. 2. Let scope be
            //  realm.[[GlobalEnv]]. 3. If eventHandler is an element's event handler, then set
            //  scope to NewObjectEnvironment(document, true, scope). 4. If form owner is not null,
            //  then set scope to NewObjectEnvironment(form owner, true, scope). 5. If element is
            //  not null, then set scope to NewObjectEnvironment(element, true, scope)."
            // FIXME: the form owner's scope (step 4).
            string parameters = name == "onerror" && element.LocalName == "body" ? "event, source, lineno, colno, error" : "event";
            string wrapper = $"with (arguments[0]) with (arguments[1]) return function {name}({parameters}) {{\n{body}\n}};";
            JsValue factory = engine.Call(functionConstructor, JsValue.Undefined, [new JsString(wrapper)]);
            return engine.Call(factory, JsValue.Undefined, [home.Wrap(element.Owner), home.Wrap(element)]) as ObjectInstance;
        }
        catch (JavaScriptException exception)
        {
            home.Window.ReportException(exception);
            return null;
        }
    }
}
