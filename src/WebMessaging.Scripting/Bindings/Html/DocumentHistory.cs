using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.UiEvents;
using WebMessaging.Scripting.Bindings.WebIdl;
using WebMessaging.Scripting.Pages;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-history-interface
/// A document's History object: its same-document session history entries (fragment
/// navigations, pushState, replaceState), its index and state, and traversal among them.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: the joint session history is not modeled. A document's history starts
/// with one entry (its own URL); length counts the entries of this document only, and traversal
/// goes only between them.
/// </remarks>
internal sealed class DocumentHistory
{
    private readonly ScriptedWindow _document;
    private readonly WindowGlobal _global;
    private readonly List<SessionHistoryEntry> _entries;
    private JsValue _state = JsValue.Null;

    public DocumentHistory(ScriptedWindow document, WindowGlobal global)
    {
        _document = document;
        _global = global;
        _entries = [new SessionHistoryEntry(document.Url, null)];
    }

    /// <summary>history.length.</summary>
    public int Length => _entries.Count;

    /// <summary>The index of the document's active entry.</summary>
    public int Index { get; private set; }

    /// <summary>history.state: the active entry's state, deserialized once into the document's realm.</summary>
    public JsValue State => _state;

    /// <summary>history.scrollRestoration ("auto" or "manual").</summary>
    public string ScrollRestoration { get; set; } = "auto";

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/nav-history-apis.html#shared-history-push/replace-state-steps
    /// pushState and replaceState.
    /// </summary>
    public void PushOrReplaceState(JsValue data, JsValue url, bool push, string context)
    {
        var realm = _global.Bindings;

        // "2. If document is not fully active, then throw a "SecurityError" DOMException."
        if (!_document.IsActive)
        {
            throw ScriptErrors.DomException(realm, "SecurityError", context + ": The document is not fully active.");
        }

        // "4. Let serializedData be StructuredSerializeForStorage(data). Rethrow any exceptions."
        Cloning.Records.SerializedValue serializedData;
        try
        {
            serializedData = _global.Realm.SerializeForStorage(data);
        }
        catch (Exception exception) when (ScriptErrors.FromCore(realm, exception) is { } scriptError)
        {
            throw scriptError;
        }

        // "5. Let newURL be document's URL." "6. If url is not null or the empty string, then:
        // 1. Set newURL to the result of encoding-parsing a URL given url, relative to the relevant
        // settings object of history. 2. If newURL is failure, then throw a "SecurityError"
        // DOMException. 3. If document cannot have its URL rewritten to newURL, then throw a
        // "SecurityError" DOMException."
        var newUrl = _document.Url;
        if (!WebIdlConversions.IsNullish(url))
        {
            var text = WebIdlConversions.ToUsvString(_global.Engine, url, context + ": parameter 3");
            if (text.Length > 0)
            {
                if (!Url.TryParse(text, _document.BaseUrl, out var parsed))
                {
                    throw ScriptErrors.DomException(realm, "SecurityError", $"{context}: A history state object with URL '{text}' cannot be created.");
                }

                if (!CanHaveUrlRewritten(_document.Url, parsed))
                {
                    throw ScriptErrors.DomException(realm, "SecurityError", $"{context}: A history state object with URL '{parsed.Href}' cannot be created in a document with origin '{_document.Origin.Serialize()}' and URL '{_document.Url.Href}'.");
                }

                newUrl = parsed;
            }
        }

        // "8. Run the URL and history update steps given document and newURL, with serializedData
        // set to serializedData and historyHandling set to historyHandling."
        UpdateUrlAndHistory(newUrl, serializedData, push);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/browsing-the-web.html#navigate-fragid
    /// "Navigate to a fragment": the document stays; popstate fires at once and hashchange in a task.
    /// </summary>
    public void NavigateToFragment(Url url, bool replace)
    {
        var oldUrl = _document.Url;

        // "8. If historyHandling is "push", then: 1. Set history's state to null. 2. Increment
        // scriptHistoryIndex. 3. Set scriptHistoryLength to scriptHistoryIndex + 1."
        // "9. Set navigable's active document's URL to url." "10. Set navigable's active session
        // history entry to historyEntry."
        UpdateUrlAndHistory(url, null, push: !replace);

        // "11. Update document for history step application given ..." (documentIsNew false):
        // "2. Fire an event named popstate ... 4. If oldURL's fragment is not equal to entry's
        // URL's fragment, then queue a global task ... to fire an event named hashchange ..."
        ArriveAt(oldUrl);
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/browsing-the-web.html#traverse-the-history-by-a-delta
    /// history.go(delta), back() and forward(): in a task, move to the entry delta away (if there
    /// is one), restore its state and fire popstate, then hashchange if only the fragment changed.
    /// </summary>
    public void TraverseByDelta(int delta)
    {
        // FIXME: go(0) reloads the document ("If delta is 0, then reload navigable").
        if (delta == 0)
        {
            return;
        }

        _document.Window.QueueGlobalTask(TaskSource.NavigationAndTraversal, () =>
        {
            var target = Index + delta;
            if (!_document.IsActive || target < 0 || target >= _entries.Count)
            {
                return;
            }

            var oldUrl = _document.Url;
            Index = target;
            var entry = _entries[target];
            _document.SetUrl(entry.Url);
            RestoreState(entry);
            ArriveAt(oldUrl);
        }, "history traversal in " + _document.Url.Href);
    }

    // https://html.spec.whatwg.org/multipage/browsing-the-web.html#url-and-history-update-steps
    private void UpdateUrlAndHistory(Url newUrl, Cloning.Records.SerializedValue? serializedData, bool push)
    {
        // "2. Let historyEntry be a new session history entry, with URL newURL, serialized state
        // serializedData ..." "4. If historyHandling is "push", then: 1. Increment document's
        // history object's index. 2. Set document's history object's length to its index + 1."
        var entry = new SessionHistoryEntry(newUrl, serializedData);
        if (push)
        {
            _entries.RemoveRange(Index + 1, _entries.Count - Index - 1);
            _entries.Add(entry);
            Index++;
        }
        else
        {
            _entries[Index] = entry;
        }

        // "5. If serializedData is not null, then restore the history object state given document and newEntry."
        // (a fragment navigation's push sets the state to null: its entry has none)
        RestoreState(entry);

        // "6. Set document's URL to newURL."
        _document.SetUrl(newUrl);
    }

    // https://html.spec.whatwg.org/multipage/browsing-the-web.html#restore-the-history-object-state
    private void RestoreState(SessionHistoryEntry entry)
    {
        // "2. Let state be StructuredDeserialize(entry's classic history API state, targetRealm).
        // If this throws an exception, catch it and let state be null." "3. Set document's
        // history object's state to state."
        try
        {
            _state = entry.SerializedState is { } serialized ? _global.Realm.Deserialize(serialized) : JsValue.Null;
        }
        catch (Exception)
        {
            _state = JsValue.Null;
        }
    }

    // The events of "update document for history step application" for a same-document move.
    private void ArriveAt(Url oldUrl)
    {
        var window = _document.Window;
        if (_global.Bindings.GetInterface("PopStateEvent") is DictionaryEventConstructor popState)
        {
            // "2. Fire an event named popstate at document's relevant global object, using
            // PopStateEvent, with the state attribute initialized to document's history object's
            // state and hasUAVisualTransition initialized to false."
            var members = popState.DefaultMembers();
            members["state"] = _state;
            window.FireEvent(new DictionaryEvent("PopStateEvent", "popstate", null, members) { TimeStamp = window.EventLoop.Now });
        }

        // "4. If oldURL's fragment is not equal to entry's URL's fragment, then queue a global task
        // on the DOM manipulation task source given document's relevant global object to fire an
        // event named hashchange at document's relevant global object, using HashChangeEvent, with
        // the oldURL attribute initialized to the serialization of oldURL and the newURL attribute
        // initialized to the serialization of entry's URL."
        // IMPLEMENTATION DEFINED: as Chromium does, only when the URLs differ in nothing but the
        // fragment (a traversal to an entry of another path fires popstate alone).
        var newUrl = _document.Url;
        if (oldUrl.Fragment != newUrl.Fragment && oldUrl.HrefExcludingFragment == newUrl.HrefExcludingFragment
            && _global.Bindings.GetInterface("HashChangeEvent") is DictionaryEventConstructor hashChange)
        {
            var document = _document;
            window.QueueGlobalTask(TaskSource.DomManipulation, () =>
            {
                if (!document.IsActive)
                {
                    return;
                }

                var members = hashChange.DefaultMembers();
                members["oldURL"] = new JsString(oldUrl.Href);
                members["newURL"] = new JsString(newUrl.Href);
                window.FireEvent(new DictionaryEvent("HashChangeEvent", "hashchange", null, members) { TimeStamp = window.EventLoop.Now });
            }, "hashchange in " + newUrl.Href);
        }
    }

    // https://html.spec.whatwg.org/multipage/nav-history-apis.html#can-have-its-url-rewritten
    private static bool CanHaveUrlRewritten(Url documentUrl, Url targetUrl)
    {
        // "2. If targetURL and documentURL differ in their scheme, username, password, host, or
        // port components, then return false." "3. If targetURL's scheme is an HTTP(S) scheme,
        // then return true." "4. If targetURL's scheme is "file", then: if targetURL and
        // documentURL differ in their path component, then return false. Return true."
        // "5. If targetURL and documentURL differ in their path component or query components, then
        // return false." "6. Return true."
        if (targetUrl.Scheme != documentUrl.Scheme || targetUrl.Username != documentUrl.Username || targetUrl.Password != documentUrl.Password
            || targetUrl.Host != documentUrl.Host || targetUrl.Port != documentUrl.Port)
        {
            return false;
        }

        if (targetUrl.Scheme is "http" or "https")
        {
            return true;
        }

        if (targetUrl.Scheme == "file")
        {
            return targetUrl.Path == documentUrl.Path;
        }

        return targetUrl.Path == documentUrl.Path && targetUrl.Query == documentUrl.Query;
    }
}
