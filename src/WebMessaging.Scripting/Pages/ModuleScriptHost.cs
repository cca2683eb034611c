using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Interop;
using Jint.Runtime.Modules;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Pages;

/// <summary>
/// The host hooks of a document's realm that the HTML standard defines for modules:
/// <c>import.meta</c>'s <c>url</c> and <c>resolve</c>.
/// </summary>
internal sealed class ModuleScriptHost : Host
{
    private readonly ModuleScriptLoader _loader;

    public ModuleScriptHost(ModuleScriptLoader loader)
    {
        _loader = loader;
    }

    /// <summary>
    /// https://html.spec.whatwg.org/multipage/webappapis.html#hostgetimportmetaproperties
    /// "1. Let moduleScript be moduleRecord.[[HostDefined]]. 2. Assert: moduleScript's base URL is
    /// not null, as moduleScript is a JavaScript module script. 3. Let urlString be moduleScript's
    /// base URL, serialized. 4. Let steps be the following steps, given the argument specifier:
    /// 1. Set specifier to ? ToString(specifier). 2. Let url be the result of resolving a module
    /// specifier given moduleScript and specifier. 3. Return the serialization of url. 5. Let
    /// resolveFunction be ! CreateBuiltinFunction(steps, 1, "resolve", « »). 6. Return «
    /// Record { [[Key]]: "url", [[Value]]: urlString }, Record { [[Key]]: "resolve", [[Value]]:
    /// resolveFunction } »."
    /// </summary>
    public override List<KeyValuePair<JsValue, JsValue>> GetImportMetaProperties(Module module)
    {
        var baseUrl = _loader.BaseUrlOf(module.Location);
        var urlString = baseUrl?.Href ?? module.Location;
        var resolve = new ClrFunction(Engine, "resolve", (_, arguments) =>
        {
            var specifier = TypeConverter.ToString(arguments.Length > 0 ? arguments[0] : JsValue.Undefined);
            var url = baseUrl is null ? null : ModuleScriptLoader.ResolveUrlLikeSpecifier(specifier, baseUrl);

            // FIXME: import maps (the "resolve a module specifier" steps that consult them).
            return url?.Href ?? throw ScriptErrors.TypeError(Engine, $"Failed to resolve module specifier \"{specifier}\". Relative references must start with either \"/\", \"./\", or \"../\".");
        }, 1);

        return
        [
            new KeyValuePair<JsValue, JsValue>("url", urlString),
            new KeyValuePair<JsValue, JsValue>("resolve", resolve),
        ];
    }
}
