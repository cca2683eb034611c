using Jint;
using Jint.Native;
using Jint.Runtime.Descriptors;
using WebMessaging.Browsing;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Location of a cross-origin window as the accessing realm sees it: only the href setter
/// and replace() (https://html.spec.whatwg.org/multipage/nav-history-apis.html#crossoriginproperties-(-o-)).
/// </summary>
internal sealed class CrossOriginLocationProxy : CrossOriginObject
{
    // "If O is a Location object, then return « { [[Property]]: "href", [[NeedsGet]]: false,
    //  [[NeedsSet]]: true }, { [[Property]]: "replace" } »."
    private static readonly string[] Members = ["href", "replace"];

    private readonly Window _target;

    public CrossOriginLocationProxy(WindowGlobal accessor, Window target)
        : base(accessor)
    {
        _target = target;
    }

    protected override string InterfaceName => "Location";

    protected override IReadOnlyList<string> MemberNames => Members;

    protected override PropertyDescriptor? CreateMemberDescriptor(string name)
    {
        BindingRealm realm = Accessor.Bindings;
        return name switch
        {
            "href" => Attribute(null, InterfaceMembers.Function(realm, "set href", 1, (_, arguments) =>
            {
                string url = WebIdlConversions.ToUsvString(realm.Engine, WebIdlConversions.Argument(arguments, 0), "Failed to set the 'href' property on 'Location'");
                Accessor.Navigate(_target, url, replace: false);
                return JsValue.Undefined;
            })),
            "replace" => Method(InterfaceMembers.Function(realm, "replace", 1, (_, arguments) =>
            {
                const string context = "Failed to execute 'replace' on 'Location'";
                WebIdlConversions.RequireArguments(realm.Engine, arguments, 1, context);
                string url = WebIdlConversions.ToUsvString(realm.Engine, arguments[0], context + ": parameter 1");
                Accessor.Navigate(_target, url, replace: true);
                return JsValue.Undefined;
            })),
            _ => null,
        };
    }
}
