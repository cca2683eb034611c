using Jint;
using Jint.Native;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/timers-and-user-prompts.html#simple-dialogs
/// alert(), confirm() and prompt() for a headless user agent: each dialog is handed to the page
/// host (which records it) and dismissed at once, as if its user closed it.
/// </summary>
internal static class SimpleDialogs
{
    /// <summary>Defines alert, confirm and prompt on the global object.</summary>
    public static void Define(WindowGlobal global, Action<string, string>? onDialog)
    {
        var engine = global.Engine;

        // undefined alert(); undefined alert(DOMString message);
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "alert", 0, (_, arguments) =>
        {
            // "1. If we cannot show simple dialogs for this, then return."
            // "2. If the method was invoked with no arguments, then let message be the empty
            // string; otherwise, let message be the method's first argument."
            // "3. Set message to the result of normalizing newlines given message."
            var message = Message(engine, arguments, "alert");
            // "6. Optionally, pause while waiting for the user to acknowledge the message."
            onDialog?.Invoke("alert", message);
            return JsValue.Undefined;
        });

        // boolean confirm(optional DOMString message = "");
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "confirm", 0, (_, arguments) =>
        {
            // "1. If we cannot show simple dialogs for this, then return false."
            // "7. Return true if the user responded positively to the prompt; otherwise false."
            onDialog?.Invoke("confirm", Message(engine, arguments, "confirm"));
            return JsBoolean.False;
        });

        // DOMString? prompt(optional DOMString message = "", optional DOMString default = "");
        InterfaceMembers.DefineOperation(global.Bindings, global.GlobalObject, "prompt", 0, (_, arguments) =>
        {
            // "8. If the user aborts, then return null; otherwise return the string that the user
            // responded with."
            onDialog?.Invoke("prompt", Message(engine, arguments, "prompt"));
            return JsValue.Null;
        });
    }

    private static string Message(Engine engine, JsValue[] arguments, string method)
    {
        if (arguments.Length == 0 || arguments[0].IsUndefined())
        {
            return "";
        }

        // https://infra.spec.whatwg.org/#normalize-newlines
        var message = WebIdlConversions.ToDomString(engine, arguments[0], $"Failed to execute '{method}' on 'Window': parameter 1");
        return message.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
