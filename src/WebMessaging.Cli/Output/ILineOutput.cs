namespace WebMessaging.Cli.Output;

/// <summary>Writes styled lines: in colour on a terminal, as plain text otherwise.</summary>
internal interface ILineOutput
{
    /// <summary>Writes <paramref name="line"/> and a line break.</summary>
    void WriteLine(StyledLine line);

    /// <summary>Creates the output for <paramref name="io"/>: Spectre's console on a terminal, plain text otherwise.</summary>
    static ILineOutput For(CliIo io) => io.Terminal is { } terminal ? new AnsiLineOutput(terminal) : new PlainLineOutput(io.Out);
}
