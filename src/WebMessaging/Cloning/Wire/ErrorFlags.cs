namespace WebMessaging.Cloning.Wire;

/// <summary>Which optional parts of an <see cref="Records.ErrorRecord"/> follow its name in the wire format.</summary>
[Flags]
internal enum ErrorFlags : byte
{
    None = 0,
    HasMessage = 1,
    HasStack = 2,
    HasCause = 4,
    All = HasMessage | HasStack | HasCause,
}
