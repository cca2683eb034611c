namespace WebMessaging.Values;

/// <summary>
/// A JavaScript Error (or EvalError, RangeError, ReferenceError, SyntaxError, TypeError,
/// URIError) on the CLR side, as an exception that can be thrown.
/// </summary>
public sealed class JsError : Exception
{
    private readonly string? _stack;

    /// <summary>Creates the error; <paramref name="message"/> null means the error has no own "message" property.</summary>
    public JsError(string name, string? message, string? stack = null)
        : base(message ?? "")
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        HasMessage = message is not null;
        _stack = stack;
    }

    /// <summary>The error's name: Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError or URIError.</summary>
    public string Name { get; }

    /// <summary>Whether the error has an own "message" property (otherwise <see cref="Exception.Message"/> is empty).</summary>
    public bool HasMessage { get; }

    /// <summary>The JavaScript stack text, if it had one.</summary>
    public string? JsStack => _stack;

    /// <summary>Whether the error has an own "cause" property.</summary>
    public bool HasCause { get; private set; }

    /// <summary>The cause (meaningful when <see cref="HasCause"/>).</summary>
    public object? Cause { get; private set; }

    /// <summary>Sets the error's cause.</summary>
    public void SetCause(object? cause)
    {
        Cause = cause;
        HasCause = true;
    }

    /// <inheritdoc />
    public override string ToString() => HasMessage && Message.Length > 0 ? Name + ": " + Message : Name;
}
