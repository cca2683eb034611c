using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The members of the Window interface (https://html.spec.whatwg.org/multipage/nav-history-apis.html#the-window-object)
/// that this runtime has. Window is [Global]: its regular attributes and operations are
/// properties of the global object itself (https://webidl.spec.whatwg.org/#Global), and the
/// WindowProxy objects it returns come from <see cref="WindowGlobal.WindowProxyOf"/>.
/// </summary>
internal static class WindowMembers
{
    public static void DefineMembers(WindowGlobal global, LocationObject location)
    {
        BindingRealm realm = global.Bindings;
        ObjectInstance target = global.GlobalObject;

        // [LegacyUnforgeable] readonly attribute WindowProxy window;
        // "The window, frames, and self getter steps are to return this's relevant realm.[[GlobalEnv]].[[GlobalThisValue]]."
        InterfaceMembers.DefineAttribute(realm, target, "window", thisValue => ProxyOfThis(global, thisValue), unforgeable: true);

        // [Replaceable] readonly attribute WindowProxy self;
        DefineReplaceable(global, "self", thisValue => ProxyOfThis(global, thisValue));

        // attribute DOMString name;
        InterfaceMembers.DefineAttribute(
            realm,
            target,
            "name",
            thisValue =>
            {
                // "1. If this's navigable is null, then return the empty string."
                Window? window = Navigable(global, thisValue);
                return new JsString(window is null ? "" : window.Name);
            },
            (thisValue, value) =>
            {
                string name = WebIdlConversions.ToDomString(realm.Engine, value, "Failed to set the 'name' property on 'Window'");

                // "1. If this's navigable is null, then return."
                if (Navigable(global, thisValue) is { } window)
                {
                    window.Name = name;
                }
            });

        // [PutForwards=href, LegacyUnforgeable] readonly attribute Location location;
        InterfaceMembers.DefineAttribute(
            realm,
            target,
            "location",
            thisValue =>
            {
                // "The location getter steps are to return this's Location object."
                This(global, thisValue);
                return location;
            },
            (thisValue, value) =>
            {
                // [PutForwards=href]: "Let Q be ? Get(O, "location"). Perform ? Set(Q, "href", V)."
                This(global, thisValue);
                location.Set("href", value, location);
            },
            unforgeable: true);

        // readonly attribute boolean closed;
        InterfaceMembers.DefineAttribute(realm, target, "closed", thisValue => This(global, thisValue).Closed ? JsBoolean.True : JsBoolean.False);

        // undefined close();
        InterfaceMembers.DefineOperation(realm, target, "close", 0, (thisValue, _) =>
        {
            // "1. Let thisTraversable be this's navigable." "2. If thisTraversable is not a
            //  top-level traversable, then return."
            if (Navigable(global, thisValue) is { } window)
            {
                CloseSteps(window);
            }

            return JsValue.Undefined;
        });

        // undefined stop(); undefined focus(); undefined blur();
        // IMPLEMENTATION DEFINED: there is no loading to stop and no focus to move headlessly.
        foreach (string name in (string[])["stop", "focus", "blur"])
        {
            InterfaceMembers.DefineOperation(realm, target, name, 0, (thisValue, _) =>
            {
                This(global, thisValue);
                return JsValue.Undefined;
            });
        }

        // [Replaceable] readonly attribute WindowProxy frames;
        DefineReplaceable(global, "frames", thisValue => ProxyOfThis(global, thisValue));

        // [Replaceable] readonly attribute unsigned long length;
        // "The length getter steps are to return this's associated Document's document-tree
        //  child navigables's size." (none, once the document is no longer its window's)
        DefineReplaceable(global, "length", thisValue => JsNumber.Create(Navigable(global, thisValue)?.Length ?? 0));

        // [LegacyUnforgeable] readonly attribute WindowProxy? top;
        // "1. If this's navigable is null, then return null."
        InterfaceMembers.DefineAttribute(realm, target, "top", thisValue => ProxyOrNull(global, Navigable(global, thisValue)?.Top), unforgeable: true);

        // attribute any opener;
        InterfaceMembers.DefineAttribute(
            realm,
            target,
            "opener",
            thisValue => ProxyOrNull(global, Navigable(global, thisValue)?.Opener),
            (thisValue, value) =>
            {
                Window window = This(global, thisValue);

                // https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-opener
                // "1. If the given value is null and this's browsing context is non-null, then
                //  set this's browsing context's opener browsing context to null."
                if (value.IsNull())
                {
                    window.Opener = null;
                    return;
                }

                // "2. If the given value is non-null, then perform ? DefinePropertyOrThrow(this,
                //  "opener", { [[Value]]: the given value, [[Writable]]: true, [[Enumerable]]:
                //  true, [[Configurable]]: true })."
                global.GlobalObject.DefineOwnProperty("opener", new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable));
            });

        // [Replaceable] readonly attribute WindowProxy? parent;
        // "1. Let navigable be this's navigable. 2. If navigable is null, then return null."
        DefineReplaceable(global, "parent", thisValue => ProxyOrNull(global, Navigable(global, thisValue)?.Parent));

        // WindowProxy? open(optional USVString url = "", optional DOMString target = "_blank", optional [LegacyNullToEmptyString] DOMString features = "");
        InterfaceMembers.DefineOperation(realm, target, "open", 0, (thisValue, arguments) =>
        {
            const string context = "Failed to execute 'open' on 'Window'";
            This(global, thisValue);
            JsValue urlValue = WebIdlConversions.Argument(arguments, 0);
            JsValue targetValue = WebIdlConversions.Argument(arguments, 1);
            JsValue featuresValue = WebIdlConversions.Argument(arguments, 2);
            string url = urlValue.IsUndefined() ? "" : WebIdlConversions.ToUsvString(realm.Engine, urlValue, context + ": parameter 1");
            string targetName = targetValue.IsUndefined() ? "_blank" : WebIdlConversions.ToDomString(realm.Engine, targetValue, context + ": parameter 2");
            string features = featuresValue.IsUndefined() || featuresValue.IsNull() ? "" : WebIdlConversions.ToDomString(realm.Engine, featuresValue, context + ": parameter 3");

            // "The open(url, target, features) method steps are to run the window open steps
            //  with url, target, and features." (the entry global's document is the source)
            Window incumbent = global.IncumbentWindow;
            Window? opened = global.Options.Open is { } open
                ? open(incumbent, url, targetName, features)
                : incumbent.Browser.Open(incumbent, url, targetName, features);
            return ProxyOrNull(global, opened);
        });

        // undefined postMessage(any message, USVString targetOrigin, optional sequence<object> transfer = []);
        // undefined postMessage(any message, optional WindowPostMessageOptions options = {});
        InterfaceMembers.DefineOperation(realm, target, "postMessage", 1, (thisValue, arguments) =>
        {
            Window window = This(global, thisValue);

            // A Window whose document is no longer its window's would get the message in a task
            // of a document that is not fully active, which never runs: nothing is posted.
            if (global.IsCurrent)
            {
                PostMessage(global, window, arguments);
            }

            return JsValue.Undefined;
        });

        // attribute EventHandler onmessage; attribute EventHandler onmessageerror; (WindowEventHandlers)
        EventHandlerAttribute.Define(realm, target, "onmessage", "message");
        EventHandlerAttribute.Define(realm, target, "onmessageerror", "messageerror");
    }

    /// <summary>
    /// window.postMessage with either overload, called on <paramref name="target"/> by script of
    /// <paramref name="caller"/>'s realm (the incumbent is the caller's window, or the realm that entered script last).
    /// </summary>
    public static void PostMessage(WindowGlobal caller, Window target, JsValue[] arguments)
    {
        const string context = "Failed to execute 'postMessage' on 'Window'";
        WebIdlConversions.RequireArguments(caller.Engine, arguments, 1, context);
        JsValue message = arguments[0];
        JsValue second = WebIdlConversions.Argument(arguments, 1);

        // https://webidl.spec.whatwg.org/#dfn-overload-resolution-algorithm
        // With two or more arguments, the second picks the overload: undefined, null and objects
        // are the WindowPostMessageOptions dictionary, anything else the USVString targetOrigin.
        if (arguments.Length >= 2 && second is not ObjectInstance && !WebIdlConversions.IsNullish(second))
        {
            string targetOrigin = WebIdlConversions.ToUsvString(caller.Engine, second, context + ": parameter 2");
            JsValue transferValue = WebIdlConversions.Argument(arguments, 2);
            IReadOnlyList<object?> transfer = transferValue.IsUndefined() ? [] : HtmlConversions.ToTransferList(caller.Engine, transferValue, context + ": parameter 3");

            // "1. Let targetWindow be this. 2. Let options be «[ "targetOrigin" → targetOrigin,
            //  "transfer" → transfer ]». 3. Run the window post message steps providing
            //  targetWindow, message, and options."
            target.PostMessage(message, targetOrigin, transfer, caller.IncumbentWindow);
            return;
        }

        (string origin, IReadOnlyList<object?> transferList) = HtmlConversions.ToWindowPostMessageOptions(caller.Engine, second, context + ": parameter 2");

        // "1. Let targetWindow be this. 2. Run the window post message steps providing
        //  targetWindow, message, and options."
        target.PostMessage(message, origin, transferList, caller.IncumbentWindow);
    }

    /// <summary>https://html.spec.whatwg.org/multipage/nav-history-apis.html#dom-window-close, called by a page.</summary>
    public static void CloseSteps(Window window)
    {
        // "3. Let browsingContext be thisTraversable's active browsing context."
        // "4. Let sourceSnapshotParams be the result of snapshotting source snapshot params given
        //  the incumbent global object's associated Document."
        // FIXME: "5. If all the following are true: thisTraversable is script-closable; the
        //  incumbent global object's browsing context is familiar with browsingContext; the
        //  incumbent global object's navigable is allowed by sandboxing to navigate
        //  thisTraversable, given sourceSnapshotParams, then: ..." (no check is made: any
        //  top-level window or popup closes; frames are ignored by the core)
        window.Close();
    }

    private static Window This(WindowGlobal global, JsValue thisValue) => WebIdlConversions.This<Window>(global.Engine, thisValue);

    // "this's navigable": the core window while this global's document is the one it shows, else
    // null (the global was kept by another realm after its window navigated to another document).
    private static Window? Navigable(WindowGlobal global, JsValue thisValue)
    {
        Window window = This(global, thisValue);
        return global.IsCurrent ? window : null;
    }

    private static JsValue ProxyOfThis(WindowGlobal global, JsValue thisValue) => global.WindowProxyOf(This(global, thisValue));

    private static JsValue ProxyOrNull(WindowGlobal global, Window? window) => window is null ? JsValue.Null : global.WindowProxyOf(window);

    // https://webidl.spec.whatwg.org/#Replaceable
    // "[Replaceable] ... setting the property ... will result in a new own property being
    //  created on the object with the assigned value": the setter's steps are "Perform ?
    //  CreateDataPropertyOrThrow(esValue, id, V)."
    private static void DefineReplaceable(WindowGlobal global, string name, Func<JsValue, JsValue> getter) =>
        InterfaceMembers.DefineAttribute(
            global.Bindings,
            global.GlobalObject,
            name,
            getter,
            (thisValue, value) =>
            {
                This(global, thisValue);
                ObjectInstance esValue = thisValue as ObjectInstance ?? global.GlobalObject;
                esValue.DefineOwnProperty(name, new PropertyDescriptor(value, PropertyFlag.ConfigurableEnumerableWritable));
            });
}
