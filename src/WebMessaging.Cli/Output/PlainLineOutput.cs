namespace WebMessaging.Cli.Output;

/// <summary>Writes lines as plain text, without colour: for output that is redirected to a file or a pipe.</summary>
internal sealed class PlainLineOutput(TextWriter writer) : ILineOutput
{
    /// <inheritdoc />
    public void WriteLine(StyledLine line) => writer.WriteLine(line.ToString());
}
