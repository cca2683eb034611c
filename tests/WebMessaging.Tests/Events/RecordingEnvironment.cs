using WebMessaging.Events;

namespace WebMessaging.Tests.Events;

/// <summary>An environment that records reported exceptions and counts callback nesting.</summary>
internal sealed class RecordingEnvironment : IEventEnvironment
{
    public List<Exception> Reported { get; } = [];

    public int Depth { get; private set; }

    public int Checkpoints { get; private set; }

    public Event? CurrentEvent { get; set; }

    public void PrepareToRunCallback() => Depth++;

    public void CleanUpAfterRunningCallback()
    {
        if (--Depth == 0)
        {
            Checkpoints++;
        }
    }

    public void ReportException(Exception exception) => Reported.Add(exception);
}
