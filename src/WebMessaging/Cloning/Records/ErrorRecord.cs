namespace WebMessaging.Cloning.Records;

/// <summary>
/// "Otherwise, if value has an [[ErrorData]] internal slot and value is not a platform
/// object, then: ... Set serialized to { [[Type]]: "Error", [[Name]]: name, [[Message]]:
/// message }."
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: "User agents should attach a serialized representation of any
/// interesting accompanying data which are not yet specified, notably the stack property, to
/// serialized." Like Chromium we keep stack and cause.
/// </remarks>
public sealed class ErrorRecord(string name, string? message) : SerializedRecord
{
    /// <summary>[[Name]]: Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError or URIError.</summary>
    public string Name { get; } = name;

    /// <summary>[[Message]]: null when the error had no own data property "message".</summary>
    public string? Message { get; } = message;

    /// <summary>The stack text, when the source error had a string stack.</summary>
    public string? Stack { get; set; }

    /// <summary>Whether the source error had an own "cause" data property.</summary>
    public bool HasCause { get; set; }

    /// <summary>The serialized cause (meaningful when <see cref="HasCause"/>).</summary>
    public SerializedValue Cause { get; set; }

    /// <inheritdoc />
    public override string Type => "Error";
}
