using Jint.Native.Object;

namespace WebMessaging.Scripting.Console;

/// <summary>Classifies Jint objects whose CLR classes are internal to Jint.</summary>
internal static class JintObjectKinds
{
    /// <summary>The kind of <paramref name="obj"/>.</summary>
    // IMPLEMENTATION DEFINED: Jint keeps its primitive wrapper, proxy and DataView classes internal, so the
    // type's name is the only trap-free way to recognise them.
    public static JintObjectKind Of(ObjectInstance obj) => obj.GetType().Name switch
    {
        "NumberInstance" => JintObjectKind.NumberWrapper,
        "StringInstance" => JintObjectKind.StringWrapper,
        "BooleanInstance" => JintObjectKind.BooleanWrapper,
        "BigIntInstance" => JintObjectKind.BigIntWrapper,
        "SymbolInstance" => JintObjectKind.SymbolWrapper,
        "JsProxy" => JintObjectKind.Proxy,
        "JsDataView" => JintObjectKind.DataView,
        _ => JintObjectKind.Ordinary,
    };
}
