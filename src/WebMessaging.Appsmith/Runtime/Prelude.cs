using System.Reflection;
using Acornima.Ast;
using Jint;

namespace WebMessaging.Appsmith.Runtime;

/// <summary>The runtime's JavaScript half (prelude.js), parsed once for every page.</summary>
internal static class Prelude
{
    private static readonly Lazy<Prepared<Script>> Script = new(() => Engine.PrepareScript(Read(), "appsmith-prelude.js"));

    /// <summary>The prepared script; evaluating it gives the prelude's function.</summary>
    public static Prepared<Script> Prepared => Script.Value;

    /// <summary>
    /// The theme bindings read (<c>appsmith.theme.colors.primaryColor</c> and the like), with
    /// the values of Appsmith's default theme.
    /// </summary>
    public const string ThemeJson = """
        {"colors":{"primaryColor":"#553DE9","backgroundColor":"#F8FAFC"},
         "borderRadius":{"appBorderRadius":"0.375rem"},
         "boxShadow":{"appBoxShadow":"0 1px 3px 0 rgba(0, 0, 0, 0.1), 0 1px 2px -1px rgba(0, 0, 0, 0.1)"},
         "fontFamily":{"appFont":"System Default"}}
        """;

    private static string Read()
    {
        using var stream = typeof(Prelude).Assembly.GetManifestResourceStream("WebMessaging.Appsmith.Runtime.prelude.js")
            ?? throw new InvalidOperationException("The resource WebMessaging.Appsmith.Runtime.prelude.js is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
