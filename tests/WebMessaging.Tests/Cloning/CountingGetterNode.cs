namespace WebMessaging.Tests.Cloning;

/// <summary>A plain CLR object whose getter has a body (it counts its calls): the one-walk clone leaves it to the record path.</summary>
public sealed class CountingGetterNode(ReadCounter counter)
{
    private object? _value;

    /// <summary>The slot; each read is counted.</summary>
    public object? Value
    {
        get
        {
            counter.Reads++;
            return _value;
        }

        set => _value = value;
    }
}
