using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// The Navigator interface object (https://html.spec.whatwg.org/multipage/system-state.html#the-navigator-object):
/// NavigatorID, NavigatorLanguage, NavigatorOnLine, NavigatorCookies, NavigatorConcurrentHardware
/// and webdriver, for a headless user agent with fixed, deterministic answers.
/// </summary>
internal sealed class NavigatorConstructor : InterfaceConstructor
{
    private NavigatorConstructor(BindingRealm realm, string interfaceName)
        : base(realm, interfaceName, 0, parent: null, new JsObject(realm.Engine))
    {
        var languages = realm.Engine.Intrinsics.Array.Construct([new JsString("en-US")]);
        languages.PreventExtensions();
        foreach (var key in languages.GetOwnPropertyKeys())
        {
            var descriptor = languages.GetOwnProperty(key);
            languages.DefineOwnProperty(key, new Jint.Runtime.Descriptors.PropertyDescriptor(descriptor.Value, writable: false, enumerable: descriptor.Enumerable, configurable: false));
        }

        // NavigatorID: readonly attribute DOMString appCodeName; // constant "Mozilla"
        // appName; // constant "Netscape"; appVersion; platform; product; // constant "Gecko";
        // productSub; userAgent; vendor; vendorSub; // constant ""
        Constant(realm, "appCodeName", "Mozilla");
        Constant(realm, "appName", "Netscape");
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "appVersion", thisValue => new JsString(This(realm, thisValue).AppVersion));
        Constant(realm, "platform", "Linux x86_64");
        Constant(realm, "product", "Gecko");
        Constant(realm, "productSub", "20030107");
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "userAgent", thisValue => new JsString(This(realm, thisValue).UserAgent));
        Constant(realm, "vendor", "");
        Constant(realm, "vendorSub", "");

        // NavigatorLanguage: readonly attribute DOMString language; readonly attribute FrozenArray<DOMString> languages;
        Constant(realm, "language", "en-US");
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "languages", thisValue =>
        {
            This(realm, thisValue);
            return languages;
        });

        // NavigatorOnLine: readonly attribute boolean onLine;
        // NavigatorCookies: readonly attribute boolean cookieEnabled;
        // NavigatorAutomationInformation: readonly attribute boolean webdriver;
        Flag(realm, "onLine", true);
        Flag(realm, "cookieEnabled", true);
        Flag(realm, "webdriver", false);

        // NavigatorConcurrentHardware: readonly attribute unsigned long long hardwareConcurrency;
        // IMPLEMENTATION DEFINED: a fixed count, so that pages behave the same on every machine.
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, "hardwareConcurrency", thisValue =>
        {
            This(realm, thisValue);
            return JsNumber.Create(4);
        });

        // NavigatorPlugins: boolean javaEnabled(); "must return false".
        InterfaceMembers.DefineOperation(realm, PrototypeObject, "javaEnabled", 0, (thisValue, _) =>
        {
            This(realm, thisValue);
            return JsBoolean.False;
        });
    }

    /// <summary>
    /// Installs Navigator (WorkerNavigator in a worker, https://html.spec.whatwg.org/multipage/workers.html#the-workernavigator-object,
    /// with the same NavigatorID, NavigatorLanguage, NavigatorOnLine and NavigatorConcurrentHardware members)
    /// in the global's realm and defines the global's [SameObject] navigator attribute.
    /// </summary>
    public static NavigatorConstructor Install(IScriptGlobal global, string userAgent)
    {
        BindingRealm realm = global.Bindings;
        var constructor = new NavigatorConstructor(realm, global.InterfaceName == "Window" ? "Navigator" : "WorkerNavigator");
        constructor.ExposeOn(global.GlobalObject);
        var navigator = new PlatformObject(realm, new NavigatorInfo(userAgent), constructor.PrototypeObject);

        // [SameObject] readonly attribute Navigator navigator; (and its legacy alias clientInformation)
        InterfaceMembers.DefineAttribute(realm, global.GlobalObject, "navigator", _ => navigator);
        return constructor;
    }

    // "If I was not declared with a constructor operation, then throw a TypeError."
    protected override PlatformObject ConstructInstance(JsValue[] arguments, ObjectInstance prototype) => throw IllegalConstructor();

    private void Constant(BindingRealm realm, string name, string value)
    {
        var text = new JsString(value);
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, name, thisValue =>
        {
            This(realm, thisValue);
            return text;
        });
    }

    private void Flag(BindingRealm realm, string name, bool value) =>
        InterfaceMembers.DefineAttribute(realm, PrototypeObject, name, thisValue =>
        {
            This(realm, thisValue);
            return value ? JsBoolean.True : JsBoolean.False;
        });

    private static NavigatorInfo This(BindingRealm realm, JsValue thisValue) => WebIdlConversions.This<NavigatorInfo>(realm.Engine, thisValue);
}
