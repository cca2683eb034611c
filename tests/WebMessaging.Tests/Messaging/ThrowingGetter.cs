namespace WebMessaging.Tests.Messaging;

/// <summary>A value whose property getter throws, as application code may.</summary>
public sealed class ThrowingGetter
{
    /// <summary>Throws when read.</summary>
    public int Value => throw new InvalidOperationException("getter failed");
}
