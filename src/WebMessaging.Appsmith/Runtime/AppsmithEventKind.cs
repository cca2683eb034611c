namespace WebMessaging.Appsmith.Runtime;

/// <summary>What an <see cref="AppsmithEvent"/> reports.</summary>
public enum AppsmithEventKind
{
    /// <summary><c>showAlert</c> was called; the subject is the alert's style, the text its message.</summary>
    Alert,

    /// <summary><c>storeValue</c>, <c>removeValue</c> or <c>clearStore</c> changed <c>appsmith.store</c>; the subject is the key.</summary>
    Store,

    /// <summary>A widget property changed; the subject is <c>Widget.property</c>, the text the new value.</summary>
    Widget,

    /// <summary><c>navigateTo</c> was called; the subject is the page (or URL) asked for.</summary>
    Navigate,

    /// <summary>An action warned (a second listener for an origin, an unlisten with no listener).</summary>
    Warning,

    /// <summary>An action or a JS object failed; the subject is where (<c>Button1.onClick</c>), the text the error.</summary>
    ActionError,

    /// <summary>A binding could not be evaluated; the subject is <c>Widget.property</c>, the text the error.</summary>
    EvaluationError,
}
