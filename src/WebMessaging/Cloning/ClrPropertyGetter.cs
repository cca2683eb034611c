namespace WebMessaging.Cloning;

/// <summary>A public readable instance property of a CLR type, with a compiled getter.</summary>
internal readonly record struct ClrPropertyGetter(string Name, Func<object, object?> Get);
