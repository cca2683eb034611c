namespace WebMessaging.Scripting.Pages;

/// <summary>https://html.spec.whatwg.org/multipage/scripting.html#concept-script-type: a script element's type.</summary>
internal enum ScriptKind
{
    /// <summary>"classic": a classic script, run here.</summary>
    Classic,

    /// <summary>"module": a JavaScript module script.</summary>
    Module,

    /// <summary>"importmap": an import map (not supported yet).</summary>
    ImportMap,
}
