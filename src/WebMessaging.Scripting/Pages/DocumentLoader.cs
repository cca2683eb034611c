using AngleSharp.Dom;
using WebMessaging.Events;
using WebMessaging.Origins;
using Url = WebMessaging.Origins.Url;
using WebMessaging.Scheduling;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// The loading of one document once it is parsed: its parser-inserted scripts and iframes in
/// tree order, "the end" of parsing (deferred scripts, DOMContentLoaded, async scripts), and
/// the load event once nothing delays it, then the container iframe's load event.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: AngleSharp parses the whole document first; the scripts and iframes
/// the parser met are then processed in tree order, each script running as the parser would
/// have run it (an earlier script sees later elements already in the tree, which for static
/// pages is not observable otherwise). Fetches through the site map complete at once, so an
/// external script runs where the parser met it, a deferred one at the end of parsing, and an
/// async one in a task of its own queued where the parser met it: after every parser-inserted
/// and deferred script of its document, in document order, before DOMContentLoaded.
/// </remarks>
internal sealed class DocumentLoader
{
    private readonly ScriptedWindow _window;
    // The list of scripts that will execute when the document has finished parsing, each as
    // the step that executes it (its fetch is complete already).
    private readonly List<Action> _deferredScripts = [];
    private readonly HashSet<IElement> _framesDelayingLoad = new(ReferenceEqualityComparer.Instance);
    private int _asyncScriptsPending;
    private bool _parsingDone;
    private bool _loadQueued;

    public DocumentLoader(ScriptedWindow window)
    {
        _window = window;
    }

    private ScriptedBrowser Browser => _window.Browser;

    /// <summary>The task that "parses" the document: runs its parser-inserted scripts and attaches its iframes in tree order, then the end.</summary>
    public void Run()
    {
        if (!_window.IsActive)
        {
            return;
        }

        var document = _window.Document;
        var elements = document.QuerySelectorAll("script, iframe");
        foreach (var element in elements)
        {
            if (!_window.IsActive)
            {
                return;
            }

            // An earlier script may have removed it: the parser would not have met it then.
            if (!IsConnectedTo(element, document))
            {
                continue;
            }

            if (element.LocalName == "iframe")
            {
                if (element.NamespaceUri == NamespaceNames.HtmlUri)
                {
                    AttachParsedIframe(element);
                }
            }
            else
            {
                PrepareParserInsertedScript(element);
            }
        }

        TheEnd();
    }

    /// <summary>A frame started loading: it delays this document's load event until its iframe's load event.</summary>
    public void FrameStarted(IElement iframe)
    {
        if (!_loadQueued)
        {
            _framesDelayingLoad.Add(iframe);
        }
    }

    /// <summary>The iframe was removed: it no longer delays the load event.</summary>
    public void FrameGone(IElement iframe)
    {
        if (_framesDelayingLoad.Remove(iframe))
        {
            QueueLoadWhenNothingDelaysIt();
        }
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/iframe-embed-object.html#iframe-load-event-steps
    /// The iframe load event steps, given <paramref name="iframe"/> of this document.
    /// </summary>
    public void RunIframeLoadEventSteps(IElement iframe)
    {
        if (!_window.IsActive)
        {
            return;
        }

        // "1. Assert: element's content navigable is not null."
        // "2. Let childDocument be element's content navigable's active document."
        // "3. If childDocument has its mute iframe load flag set, then return."
        // FIXME: the mute iframe load flag (set while a history traversal restores a document).
        // "5. Set childDocument's iframe load in progress flag."
        // "6. Fire an event named load at element."
        // "7. Unset childDocument's iframe load in progress flag."
        _window.GetEventTarget(iframe).FireEvent(new Event("load") { TimeStamp = _window.Window.EventLoop.Now });

        // IMPLEMENTATION DEFINED: the iframe stops delaying its document's load event once its
        // own load event has fired, so that the order is child window load, iframe load, then
        // parent window load, as in browsers.
        if (_framesDelayingLoad.Remove(iframe))
        {
            QueueLoadWhenNothingDelaysIt();
        }
    }

    // https://html.spec.whatwg.org/multipage/parsing.html#the-end
    private void TheEnd()
    {
        // "1. If the active speculative HTML parser is not null, then stop the speculative HTML
        // parser and return." (there is none)
        // "2. Set the insertion point to undefined."
        // "3. Update the current document readiness to "interactive"."
        _window.SetReadiness(DocumentReadiness.Interactive);

        // "4. Pop all the nodes off the stack of open elements." (the parse is over already)
        // "5. While the list of scripts that will execute when the document has finished
        // parsing is not empty: 1. Spin the event loop until the first script in the list ...
        // has its ready to be parser-executed set to true ... 2. Execute the script element
        // given by the first script in the list ... 3. Remove the first script element from
        // the list ..." (every fetch is complete, so no spinning is needed)
        foreach (var execute in _deferredScripts)
        {
            if (!_window.IsActive)
            {
                return;
            }

            execute();
        }

        _deferredScripts.Clear();

        // "6. Queue a global task on the DOM manipulation task source given the Document's
        // relevant global object to run the following substeps: ... 2. Fire an event named
        // DOMContentLoaded at the Document object, with its bubbles attribute initialized to true."
        var window = _window;
        window.Window.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            if (window.IsActive)
            {
                window.DocumentTarget.FireEvent(new Event("DOMContentLoaded", new EventInit { Bubbles = true }) { TimeStamp = window.Window.EventLoop.Now });
            }
        }, "DOMContentLoaded of " + window.Url.Href);

        // "7. Spin the event loop until the set of scripts that will execute as soon as possible
        // and the list of scripts that will execute in order as soon as possible are empty."
        // "8. Spin the event loop until there is nothing that delays the load event in the Document."
        // (Both waits end in QueueLoadWhenNothingDelaysIt, called as each delay ends.)
        _parsingDone = true;
        QueueLoadWhenNothingDelaysIt();
    }

    private void QueueLoadWhenNothingDelaysIt()
    {
        if (!_parsingDone || _loadQueued || _asyncScriptsPending > 0 || _framesDelayingLoad.Count > 0 || !_window.IsActive)
        {
            return;
        }

        _loadQueued = true;
        var window = _window;

        // "9. Queue a global task on the DOM manipulation task source given the Document's
        // relevant global object to run the following steps:"
        window.Window.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            // "1. Update the current document readiness to "complete"."
            window.SetReadiness(DocumentReadiness.Complete);

            // "2. If the Document object's browsing context is null, then abort these steps."
            if (!window.IsActive)
            {
                return;
            }

            // "3. Let window be the Document's relevant global object."
            // "5. Fire an event named load at window, with legacy target override flag set."
            window.Window.FireEvent(new Event("load") { TimeStamp = window.Window.EventLoop.Now }, window.DocumentTarget);

            // "9. Set the Document's page showing to true."
            // "10. Fire a page transition event named pageshow at window with false."
            // FIXME: pageshow, once PageTransitionEvent exists.
            // "11. Completely finish loading the Document."
            CompletelyFinishLoading();
        }, "load of " + window.Url.Href);
    }

    // https://html.spec.whatwg.org/multipage/document-lifecycle.html#completely-finish-loading
    private void CompletelyFinishLoading()
    {
        // "3. Let container be document's node navigable's container."
        // "4. If container is an iframe element, then queue an element task on the DOM
        // manipulation task source given container to run the iframe load event steps given container."
        if (_window.ContainerDocument is { } parent && _window.ContainerElement is { } iframe && parent.IsActive)
        {
            parent.Window.QueueGlobalTask(TaskSource.DomManipulation, () => parent.Loader.RunIframeLoadEventSteps(iframe), "iframe load in " + parent.Url.Href);
        }
    }

    private void AttachParsedIframe(IElement iframe)
    {
        try
        {
            _window.AttachIframe(iframe);
        }
        catch (FrameLimitExceededException exception)
        {
            Browser.ReportFrameLimit(_window, exception);
        }
    }

    // https://html.spec.whatwg.org/multipage/scripting.html#prepare-the-script-element
    // For a parser-inserted script element.
    private void PrepareParserInsertedScript(IElement element)
    {
        // "5. Let source text be el's child text content."
        var sourceText = element.TextContent;
        var src = element.GetAttribute("src");

        // "6. If el has no src attribute, and source text is the empty string, then return."
        if (src is null && sourceText.Length == 0)
        {
            return;
        }

        // "8. ... 14." the script's type; "Otherwise, return. (No script is executed ...)"
        if (ScriptElementType.Determine(element) is not { } kind)
        {
            return;
        }

        // "19. If scripting is disabled for el, then return."
        if (!_window.ScriptingEnabled)
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
            // FIXME: "31. ... "importmap": Register an import map given el's global object and el's result."
            Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Warning, PageDiagnosticKind.Unsupported, "Skipped an import map: import maps are not supported yet.", _window.Url.Href));
            return;
        }

        if (kind == ScriptKind.Module)
        {
            PrepareParserInsertedModuleScript(element, src, sourceText);
            return;
        }

        // "31. If el does not have a src content attribute ... Otherwise, ..." inline classic:
        if (src is null)
        {
            // "Otherwise: Immediately execute the script element el, even if other scripts are already executing."
            ExecuteScriptElement(element, sourceText, _window.Url.Href, fromExternalFile: false);
            return;
        }

        // "30. If el has a src content attribute, then:"
        // "3. If src is the empty string, then queue an element task on the DOM manipulation task
        // source given el to fire an event named error at el, and return."
        // "5. Let url be the result of encoding-parsing a URL given src, relative to el's node document."
        // "6. If url is failure, then queue an element task on the DOM manipulation task source
        // given el to fire an event named error at el, and return."
        var url = src.Length == 0 ? null : ResolveOrNull(src);
        if (url is null)
        {
            QueueErrorEvent(element);
            return;
        }

        // "4. Set el's from an external file to true."
        // "11. Switch on el's type: "classic": Fetch a classic script given url, settings object,
        // options, CORS setting, encoding, and onComplete."
        var source = FetchClassicScript(url);
        var async = element.HasAttribute("async");

        // "32. If el's type is "classic" and el has a src attribute, or el's type is "module":"
        if (!async && element.HasAttribute("defer"))
        {
            // "If el has a src attribute, el's type is "classic", el is parser-inserted, el has a
            // defer attribute, and el does not have an async attribute: Append el to its parser
            // document's list of scripts that will execute when the document has finished parsing."
            _deferredScripts.Add(() => ExecuteScriptElement(element, source, url.Href, fromExternalFile: true));
        }
        else if (!async)
        {
            // "If el's type is "classic" and el has a src attribute, el is parser-inserted, and el
            // does not have an async attribute: Set el's parser document's pending parsing-blocking
            // script to el." (its fetch is complete, so the parser runs it now)
            ExecuteScriptElement(element, source, url.Href, fromExternalFile: true);
        }
        else
        {
            // "If el has a src attribute: Append el to the set of scripts that will execute as soon
            // as possible. When the result is ready: Execute the script element el, then remove el
            // from the set of scripts that will execute as soon as possible."
            _asyncScriptsPending++;
            var window = _window;
            window.Window.QueueGlobalTask(TaskSource.Networking, () =>
            {
                if (!window.IsActive)
                {
                    return;
                }

                ExecuteScriptElement(element, source, url.Href, fromExternalFile: true);
                _asyncScriptsPending--;
                QueueLoadWhenNothingDelaysIt();
            }, "async script " + url.Href);
        }
    }

    // The module steps of "prepare the script element" for a parser-inserted module script.
    private void PrepareParserInsertedModuleScript(IElement element, string? src, string sourceText)
    {
        Url moduleUrl;
        if (src is not null)
        {
            // "30. If el has a src content attribute, then: ... 3. If src is the empty string, then
            // queue an element task ... to fire an event named error at el, and return."
            // "6. If url is failure, then queue an element task ... to fire an event named error at el, and return."
            var url = src.Length == 0 ? null : ResolveOrNull(src);
            if (url is null)
            {
                QueueErrorEvent(element);
                return;
            }

            // "11. Switch on el's type: "module": ... Fetch an external module script graph given
            // url, settings object, options, and onComplete." (done as it runs: see RunModuleScript)
            moduleUrl = url;
        }
        else
        {
            // "31. If el does not have a src content attribute: ... "module": ... Fetch an inline
            // module script graph, given source text, base URL, settings object, options, and
            // with the following steps given result: ... Mark as ready el given result."
            moduleUrl = _window.BaseUrl;
        }

        var inlineSource = src is null ? sourceText : null;
        var window = _window;

        // "32. If el's type is "classic" and el has a src attribute, or el's type is "module":"
        if (!element.HasAttribute("async"))
        {
            // "If el has an async attribute or el's force async is true: ... Otherwise, if el is not
            // parser-inserted: ... Otherwise: Append el to its parser document's list of scripts
            // that will execute when the document has finished parsing."
            _deferredScripts.Add(() => window.ExecuteModuleScriptElement(element, inlineSource, moduleUrl));
            return;
        }

        // "If el's type is "classic" and el has a src attribute, or el's type is "module": ... If
        // el has an async attribute ...: Append el to the set of scripts that will execute as
        // soon as possible. When el is ready: execute the script element el and then remove el
        // from the set of scripts that will execute as soon as possible."
        _asyncScriptsPending++;
        window.Window.QueueGlobalTask(TaskSource.Networking, () =>
        {
            if (!window.IsActive)
            {
                return;
            }

            window.ExecuteModuleScriptElement(element, inlineSource, moduleUrl);
            _asyncScriptsPending--;
            QueueLoadWhenNothingDelaysIt();
        }, "async module script " + moduleUrl.Href);
    }

    // https://html.spec.whatwg.org/multipage/scripting.html#execute-the-script-element
    private void ExecuteScriptElement(IElement element, string? source, string scriptUrl, bool fromExternalFile)
    {
        // "1. Let document be el's node document."
        // "2. If el's preparation-time document is not equal to document, then return."
        if (!ReferenceEquals(element.Owner, _window.Document))
        {
            return;
        }

        // "4. If el's result is null, then fire an event named error at el, and return."
        if (source is null)
        {
            FireElementEvent(element, "error");
            return;
        }

        // "6. Switch on el's type: classic: 1. Let oldCurrentScript be the value to which
        // document's currentScript object was most recently set. 2. If el's root is not a
        // shadow root, then set document's currentScript object to el. Otherwise, set it to
        // null. 3. Run the classic script given by el's result. 4. Set document's currentScript
        // object to oldCurrentScript."
        var oldCurrentScript = _window.CurrentScript;
        _window.CurrentScript = element;
        try
        {
            // An inline script's error lines count from its element's line in the document.
            var lineOffset = fromExternalFile ? 0 : Math.Max(0, (element.SourceReference?.Position.Line ?? 1) - 1);
            _window.RunClassicScript(source, scriptUrl, lineOffset);
        }
        finally
        {
            _window.CurrentScript = oldCurrentScript;
        }

        // "8. If el's from an external file is true, then fire an event named load at el."
        if (fromExternalFile)
        {
            FireElementEvent(element, "load");
        }
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#fetch-a-classic-script
    // The script's source text, or null for a network error (reported to the console).
    private string? FetchClassicScript(Url url)
    {
        var response = Browser.Sites.Fetch(url);
        if (response.IsNetworkError)
        {
            Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.Network, response.ErrorMessage ?? "Failed to load " + url.Href, _window.Url.Href, url.Href));
            return null;
        }

        // "muted errors: ... true if response was a CORS-cross-origin response": a classic
        // script from another origin, fetched without CORS, has muted errors.
        if (!url.Origin.IsSameOrigin(_window.Origin))
        {
            _window.MuteErrorsOf(url.Href);
        }

        return response.GetText();
    }

    private Url? ResolveOrNull(string src) => Url.TryParse(src, _window.BaseUrl, out var url) ? url : null;

    private void QueueErrorEvent(IElement element)
    {
        var window = _window;
        window.Window.QueueGlobalTask(TaskSource.DomManipulation, () => FireElementEvent(element, "error"), "script error event in " + window.Url.Href);
    }

    private void FireElementEvent(IElement element, string type)
    {
        if (_window.IsActive)
        {
            _window.GetEventTarget(element).FireEvent(new Event(type) { TimeStamp = _window.Window.EventLoop.Now });
        }
    }

    private static bool IsConnectedTo(INode node, IDocument document)
    {
        var current = node;
        while (current.Parent is { } parent)
        {
            current = parent;
        }

        return ReferenceEquals(current, document);
    }
}
