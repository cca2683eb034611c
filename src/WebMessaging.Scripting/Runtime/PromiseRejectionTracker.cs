using System.Runtime.CompilerServices;
using System.Text;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Native.Promise;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Console;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Runtime;

/// <summary>
/// https://html.spec.whatwg.org/multipage/webappapis.html#unhandled-promise-rejections
/// A window's rejected promises that no handler took: Jint's rejection tracker (the host's
/// HostPromiseRejectionTracker) feeds the window's lists, and at each microtask checkpoint the
/// window is notified about them: "unhandledrejection" fires, and unless a listener cancels it
/// the console shows "Uncaught (in promise) ...". A handler added later fires "rejectionhandled".
/// </summary>
internal sealed class PromiseRejectionTracker
{
    private readonly ScriptedWindow _document;

    // "about-to-be-notified rejected promises list", each promise with its [[PromiseResult]]
    // (Jint keeps a promise's state internal; the tracker is told the reason when it rejects).
    private readonly List<KeyValuePair<ObjectInstance, JsValue>> _aboutToBeNotified = [];

    // Promises handed to a queued notification task and not handled since: the task skips any
    // promise that leaves this set (it got a handler, its [[PromiseIsHandled]] became true).
    private readonly HashSet<ObjectInstance> _notifying = new(ReferenceEqualityComparer.Instance);

    // "outstanding rejected promises weak set", with each promise's [[PromiseResult]].
    private readonly ConditionalWeakTable<ObjectInstance, JsValue> _outstanding = new();

    private IDisposable? _checkpointHook;

    private PromiseRejectionTracker(ScriptedWindow document)
    {
        _document = document;
    }

    /// <summary>Tracks the rejected promises of <paramref name="document"/>'s engine until the document goes away.</summary>
    public static void Install(ScriptedWindow document)
    {
        var tracker = new PromiseRejectionTracker(document);
        document.Engine.Advanced.PromiseRejectionTracker += tracker.OnPromiseRejectionTracker;

        // https://html.spec.whatwg.org/multipage/webappapis.html#perform-a-microtask-checkpoint
        // "4. For each environment settings object settingsObject whose responsible event loop
        //  is this event loop, notify about rejected promises given settingsObject's global object."
        // IMPLEMENTATION DEFINED: the core's checkpoint has no step for this yet, so each
        // window notifies from a checkpoint hook, after its engine's promise jobs ran (its hook
        // comes after the page's own). A promise handled before the notification task runs is
        // skipped there, as the spec's [[PromiseIsHandled]] check does.
        tracker._checkpointHook = document.Window.EventLoop.AddMicrotaskCheckpointHook(tracker.NotifyAboutRejectedPromises);
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#the-hostpromiserejectiontracker-implementation
    private void OnPromiseRejectionTracker(object? sender, PromiseRejectionTrackerEventArgs e)
    {
        if (e.Promise is not ObjectInstance promise || !_document.IsActive)
        {
            return;
        }

        // "1. Let script be the running script. 2. If script is a classic script and script's
        //  muted errors is true, then return."
        // FIXME: the running script is not known here, so rejections in cross-origin scripts are
        // tracked as well.
        // "3. Let settingsObject be the current settings object. 4. If script is not null, then
        //  set settingsObject to script's settings object. 5. Let global be settingsObject's
        //  global object." (one engine per window: this window)

        // "6. If operation is "reject", then: 1. Append promise to global's about-to-be-notified
        //  rejected promises list."
        if (e.Operation == PromiseRejectionOperation.Reject)
        {
            _aboutToBeNotified.Add(new(promise, e.Value ?? JsValue.Undefined));
            return;
        }

        // "7. If operation is "handle", then:"
        // "1. If global's about-to-be-notified rejected promises list contains promise, then
        //  remove promise from that list and return."
        int index = IndexOf(promise);
        if (index >= 0)
        {
            _aboutToBeNotified.RemoveAt(index);
            return;
        }

        // (A promise waiting in a queued notification is now handled: that task skips it.)
        if (_notifying.Remove(promise))
        {
            return;
        }

        // "2. If global's outstanding rejected promises weak set does not contain promise, then return."
        // "3. Remove promise from global's outstanding rejected promises weak set."
        if (!_outstanding.TryGetValue(promise, out JsValue? reason))
        {
            return;
        }

        _outstanding.Remove(promise);

        // "4. Queue a global task on the DOM manipulation task source given global to fire an
        //  event named rejectionhandled at global, using PromiseRejectionEvent, with the promise
        //  attribute initialized to promise, and the reason attribute initialized to promise.[[PromiseResult]]."
        var window = _document.Window;
        window.QueueGlobalTask(TaskSource.DomManipulation, () =>
        {
            if (!_document.IsActive)
            {
                return;
            }

            window.FireEvent(new PromiseRejectionEvent("rejectionhandled", new PromiseRejectionEventInit { Promise = promise, Reason = reason })
            {
                TimeStamp = window.EventLoop.Now,
            });
        }, "rejectionhandled");
    }

    // https://html.spec.whatwg.org/multipage/webappapis.html#notify-about-rejected-promises
    private bool NotifyAboutRejectedPromises()
    {
        if (!_document.IsActive)
        {
            _checkpointHook?.Dispose();
            _checkpointHook = null;
            return false;
        }

        // "1. Let list be a clone of global's about-to-be-notified rejected promises list."
        // "2. If list is empty, then return."
        if (_aboutToBeNotified.Count == 0)
        {
            return false;
        }

        KeyValuePair<ObjectInstance, JsValue>[] list = [.. _aboutToBeNotified];

        // "3. Clear global's about-to-be-notified rejected promises list."
        _aboutToBeNotified.Clear();
        foreach (var (promise, _) in list)
        {
            _notifying.Add(promise);
        }

        // "4. Queue a global task on the DOM manipulation task source given global to run the following substep:"
        _document.Window.QueueGlobalTask(TaskSource.DomManipulation, () => FireUnhandledRejections(list), "unhandledrejection");
        return false;
    }

    private void FireUnhandledRejections(KeyValuePair<ObjectInstance, JsValue>[] list)
    {
        var window = _document.Window;

        // "1. For each promise p of list:"
        foreach (var (p, reason) in list)
        {
            // "1. If p.[[PromiseIsHandled]] is true, then continue."
            if (!_notifying.Contains(p) || !_document.IsActive)
            {
                _notifying.Remove(p);
                continue;
            }

            // "2. Let notCanceled be the result of firing an event named unhandledrejection at
            //  global, using PromiseRejectionEvent, with the cancelable attribute initialized to
            //  true, the promise attribute initialized to p, and the reason attribute initialized
            //  to p.[[PromiseResult]]."
            bool notCanceled = window.FireEvent(new PromiseRejectionEvent("unhandledrejection", new PromiseRejectionEventInit { Cancelable = true, Promise = p, Reason = reason })
            {
                TimeStamp = window.EventLoop.Now,
            });

            // "3. If notCanceled is true, then the user agent may report p.[[PromiseResult]] to a
            //  developer console."
            if (notCanceled)
            {
                _document.Browser.Report(new PageDiagnostic(PageDiagnosticLevel.Error, PageDiagnosticKind.ScriptError, "Uncaught (in promise) " + Describe(reason), _document.Url.Href));
            }

            // "4. If p.[[PromiseIsHandled]] is false, then append p to global's outstanding
            //  rejected promises weak set."
            if (_notifying.Remove(p))
            {
                _outstanding.AddOrUpdate(p, reason);
            }
        }
    }

    private int IndexOf(ObjectInstance promise)
    {
        for (int i = 0; i < _aboutToBeNotified.Count; i++)
        {
            if (ReferenceEquals(_aboutToBeNotified[i].Key, promise))
            {
                return i;
            }
        }

        return -1;
    }

    // The reason as Chromium's console shows it after "Uncaught (in promise) ": an error's
    // description, a string as it is, other values as console.log renders them.
    private string Describe(JsValue reason)
    {
        var text = new StringBuilder();
        new ConsoleValueRenderer(_document.Engine).AppendTopLevel(text, reason, quoteStrings: false);
        return text.ToString();
    }
}
