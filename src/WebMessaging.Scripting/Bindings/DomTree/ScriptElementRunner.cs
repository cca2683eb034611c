using AngleSharp.Dom;
using WebMessaging.Events;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Pages;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>
/// https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
/// for script elements that are not parser-inserted: a script that script inserts (or whose
/// text or src it sets while the element is connected) runs at once when inline, and in a task
/// of its own when external. Parser-inserted scripts are the page loader's.
/// </summary>
internal static class ScriptElementRunner
{
    /// <summary>Marks <paramref name="script"/> as already started, so it never runs: a parser-inserted script, or one the fragment parser made (innerHTML).</summary>
    public static void MarkStarted(IElement script) => NodeState.Of(script).ScriptStarted = true;

    /// <summary>Marks every script element of <paramref name="root"/>'s subtree as already started.</summary>
    public static void MarkSubtreeStarted(INode root)
    {
        if (root is IElement { LocalName: "script" } rootScript)
        {
            MarkStarted(rootScript);
        }

        if (root is IParentNode parent && root.HasChildNodes)
        {
            foreach (IElement script in parent.QuerySelectorAll("script"))
            {
                MarkStarted(script);
            }
        }
    }

    /// <summary>Prepares the script element <paramref name="element"/>, which script inserted, changed the text of, or gave a src.</summary>
    public static void Prepare(DomTreeRealm home, IElement element)
    {
        ScriptedWindow window = home.Window;
        NodeState state = NodeState.Of(element);

        // "1. If el's already started is true, then return."
        if (state.ScriptStarted)
        {
            return;
        }

        // "2. Let parser document be el's parser document." (null: not parser-inserted)
        // "3. Set el's parser document to null."
        // "4. If parser document is non-null and el does not have an async attribute, then set
        //  el's force async to true." (the element's force async flag is not kept: FIXME the
        //  async IDL attribute's effect on ordering)
        // "5. Let source text be el's child text content."
        string sourceText = ChildTextContent(element);
        string? src = element.GetAttribute("src");

        // "6. If el has no src attribute, and source text is the empty string, then return."
        if (src is null && sourceText.Length == 0)
        {
            return;
        }

        // "7. If el is not connected, then return."
        if (!DomTreeRealm.IsConnected(element) || !ReferenceEquals(element.Owner, window.Document))
        {
            return;
        }

        // "8. ... 10." the script's type; "Otherwise, return. (No script is executed ...)"
        if (ScriptElementType.Determine(element) is not { } kind)
        {
            return;
        }

        // "11. Set el's already started to true."
        state.ScriptStarted = true;

        // "12. Set el's preparation-time document to its node document."
        // "19. If scripting is disabled for el, then return."
        if (!window.ScriptingEnabled || !window.IsActive)
        {
            return;
        }

        // "20. If el has a nomodule content attribute and its type is "classic", then return."
        if (kind == ScriptKind.Classic && element.HasAttribute("nomodule"))
        {
            return;
        }

        if (kind == ScriptKind.ImportMap)
        {
            // FIXME: "31. ... "importmap": Register an import map given el's global object and
            // el's result." (a script-inserted import map)
            window.Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Warning, PageDiagnosticKind.Unsupported, "Skipped a script-inserted import map: import maps are not supported yet.", window.Url.Href));
            return;
        }

        if (kind == ScriptKind.Module)
        {
            PrepareModule(window, element, src, sourceText);
            return;
        }

        // "31. If el does not have a src content attribute, and ... el's type is "classic": ...
        //  Otherwise: Immediately execute the script element el, even if other scripts are already executing."
        if (src is null)
        {
            Execute(window, element, sourceText, window.Url.Href, fromExternalFile: false);
            return;
        }

        // "30. If el has a src content attribute, then: ... 3. If src is the empty string, then
        //  queue an element task on the DOM manipulation task source given el to fire an event
        //  named error at el, and return. ... 5. Let url be the result of encoding-parsing a URL
        //  given src, relative to el's node document. 6. If url is failure, then queue an element
        //  task on the DOM manipulation task source given el to fire an event named error at el, and return."
        if (src.Length == 0 || !Url.TryParse(src, window.BaseUrl, out Url? url))
        {
            window.Window.QueueGlobalTask(TaskSource.DomManipulation, () => FireEvent(window, element, "error"), "script error event in " + window.Url.Href);
            return;
        }

        // "11. Switch on el's type: classic: Fetch a classic script given url, ..."
        string? source = FetchClassicScript(window, url);

        // "32. If el's type is "classic" and el has a src attribute, or el's type is "module":
        //  ... Otherwise: Append el to the set of scripts that will execute as soon as possible.
        //  When the result is ready, execute the script element el, then remove el from the set."
        // FIXME: a script-inserted external script should delay its document's load event, and
        // one whose async IDL attribute was set to false should run in insertion order.
        window.Window.QueueGlobalTask(TaskSource.Networking, () =>
        {
            if (window.IsActive)
            {
                Execute(window, element, source, url.Href, fromExternalFile: true);
            }
        }, "script-inserted script " + url.Href);
    }

    // The module steps of "prepare the script element" for a script-inserted module script.
    private static void PrepareModule(ScriptedWindow window, IElement element, string? src, string sourceText)
    {
        Url moduleUrl;
        if (src is null)
        {
            // "31. If el does not have a src content attribute: ... "module": ... Fetch an inline
            // module script graph ... Mark as ready el given result."
            moduleUrl = window.BaseUrl;
        }
        else if (src.Length == 0 || !Url.TryParse(src, window.BaseUrl, out Url? url))
        {
            // "30. ... 3. If src is the empty string, ... 6. If url is failure, then queue an element
            // task on the DOM manipulation task source given el to fire an event named error at el, and return."
            window.Window.QueueGlobalTask(TaskSource.DomManipulation, () => FireEvent(window, element, "error"), "script error event in " + window.Url.Href);
            return;
        }
        else
        {
            // "11. ... "module": ... Fetch an external module script graph given url ..."
            moduleUrl = url;
        }

        // "32. If el's type is "classic" and el has a src attribute, or el's type is "module": ...
        // Otherwise: Append el to the set of scripts that will execute as soon as possible. When
        // el is ready: execute the script element el and then remove el from the set."
        // FIXME: a script-inserted module script should delay its document's load event, and one
        // whose async IDL attribute was set to false should run in insertion order.
        var inlineSource = src is null ? sourceText : null;
        window.Window.QueueGlobalTask(TaskSource.Networking, () => window.ExecuteModuleScriptElement(element, inlineSource, moduleUrl), "script-inserted module script " + moduleUrl.Href);
    }

    // https://html.spec.whatwg.org/multipage/scripting.html#execute-the-script-element
    private static void Execute(ScriptedWindow window, IElement element, string? source, string scriptUrl, bool fromExternalFile)
    {
        // "1. Let document be el's node document."
        // "2. If el's preparation-time document is not equal to document, then return."
        if (!ReferenceEquals(element.Owner, window.Document))
        {
            return;
        }

        // "4. If el's result is null, then fire an event named error at el, and return."
        if (source is null)
        {
            FireEvent(window, element, "error");
            return;
        }

        // "6. Switch on el's type: classic: 1. Let oldCurrentScript be the value to which
        //  document's currentScript object was most recently set. 2. ... set document's
        //  currentScript object to el. 3. Run the classic script given by el's result.
        //  4. Set document's currentScript object to oldCurrentScript."
        IElement? oldCurrentScript = window.CurrentScript;
        window.CurrentScript = element;
        try
        {
            window.RunClassicScript(source, scriptUrl);
        }
        finally
        {
            window.CurrentScript = oldCurrentScript;
        }

        // "8. If el's from an external file is true, then fire an event named load at el."
        if (fromExternalFile)
        {
            FireEvent(window, element, "load");
        }
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-classic-script
    private static string? FetchClassicScript(ScriptedWindow window, Url url)
    {
        var response = window.Browser.Sites.Fetch(url);
        if (response.IsNetworkError)
        {
            window.Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, response.ErrorMessage ?? "Failed to load " + url.Href, window.Url.Href, url.Href));
            return null;
        }

        // "muted errors: ... true if response was a CORS-cross-origin response".
        if (!url.Origin.IsSameOrigin(window.Origin))
        {
            window.MuteErrorsOf(url.Href);
        }

        return response.GetText();
    }

    // https://dom.spec.whatwg.org/#concept-child-text-content
    private static string ChildTextContent(IElement element)
    {
        // "The child text content of a node node is the concatenation of the data of all the
        //  Text node children of node, in tree order."
        INodeList children = element.ChildNodes;
        if (children.Length == 1 && children[0] is IText only)
        {
            return only.Data;
        }

        var builder = new System.Text.StringBuilder();
        for (int i = 0; i < children.Length; i++)
        {
            if (children[i] is IText text)
            {
                builder.Append(text.Data);
            }
        }

        return builder.ToString();
    }

    private static void FireEvent(ScriptedWindow window, IElement element, string type)
    {
        if (window.IsActive)
        {
            window.GetEventTarget(element).FireEvent(new Event(type) { TimeStamp = window.Window.EventLoop.Now });
        }
    }
}
