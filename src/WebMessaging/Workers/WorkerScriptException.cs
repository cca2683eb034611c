namespace WebMessaging.Workers;

/// <summary>
/// An uncaught error of a worker's script as the Worker object's side sees it: its message,
/// the script's URL, line and column, but not the thrown value, which belongs to the worker's
/// realm ("report an exception" with omitError set to true).
/// </summary>
public sealed class WorkerScriptException : Exception
{
    /// <summary>Creates the report of an error whose console text is <paramref name="message"/>, e.g. "Uncaught Error: boom".</summary>
    public WorkerScriptException(string message, string filename, int lineno, int colno)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(filename);
        Filename = filename;
        Lineno = lineno;
        Colno = colno;
    }

    /// <summary>The URL of the script that threw, or empty when unknown.</summary>
    public string Filename { get; }

    /// <summary>The 1-based line, or 0 when unknown.</summary>
    public int Lineno { get; }

    /// <summary>The 1-based column, or 0 when unknown.</summary>
    public int Colno { get; }
}
