using AngleSharp.Dom;
using Jint.Native;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.DomTree;

/// <summary>The conversions the DOM tree members share: results to script values, and the (Node or DOMString)... arguments of the mixins.</summary>
internal static class DomValues
{
    /// <summary>A boolean result.</summary>
    public static JsValue Boolean(bool value) => value ? JsBoolean.True : JsBoolean.False;

    /// <summary>A DOMString? result: null stays null.</summary>
    public static JsValue NullableString(string? value) => value is null ? JsValue.Null : new JsString(value);

    /// <summary>
    /// Converts the variadic <c>(Node or DOMString)... nodes</c> argument
    /// (https://webidl.spec.whatwg.org/#js-union): a Node wrapper is its node, anything else its string.
    /// </summary>
    public static List<object> NodesOrStrings(DomTreeRealm realm, JsValue[] arguments, string context)
    {
        var nodes = new List<object>(arguments.Length);
        for (int i = 0; i < arguments.Length; i++)
        {
            JsValue argument = arguments[i];
            nodes.Add(argument is PlatformObject { Impl: Pages.NodeEventTarget target }
                ? target.Node
                : WebIdlConversions.ToDomString(realm.Engine, argument, $"{context}: parameter {i + 1}"));
        }

        return nodes;
    }

    /// <summary>A nullable Node argument (Node? child): null or undefined is null.</summary>
    public static INode? NullableNode(DomTreeRealm realm, JsValue value, string context) =>
        WebIdlConversions.IsNullish(value) ? null : realm.ToNode(value, context);
}
