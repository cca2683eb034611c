namespace WebMessaging.Cli.Events;

/// <summary>The counts of a run, for its closing line and its exit code.</summary>
internal sealed class RunSummary : IRunEventObserver
{
    private readonly List<ErrorRunEvent> _errors = [];
    private readonly List<AppRunEvent> _appFailures = [];
    private readonly Dictionary<Tracing.DropReason, int> _dropsByReason = [];

    /// <summary>Messages delivered.</summary>
    public int Delivered { get; private set; }

    /// <summary>Messages dropped, for any reason.</summary>
    public int Dropped { get; private set; }

    /// <summary>Messages still queued when the run ended.</summary>
    public int Pending { get; private set; }

    /// <summary>Console calls.</summary>
    public int ConsoleCalls { get; private set; }

    /// <summary>Documents loaded.</summary>
    public int Loads { get; private set; }

    /// <summary>Events of an app running on the pages (alerts, store and widget changes...).</summary>
    public int AppEvents { get; private set; }

    /// <summary>The app events that report a failed action, in order.</summary>
    public IReadOnlyList<AppRunEvent> AppFailures => _appFailures;

    /// <summary>The uncaught errors, in order.</summary>
    public IReadOnlyList<ErrorRunEvent> Errors => _errors;

    /// <summary>How many messages were dropped for each reason.</summary>
    public IReadOnlyDictionary<Tracing.DropReason, int> DropsByReason => _dropsByReason;

    /// <summary>The virtual time at which the run ended, in milliseconds.</summary>
    public double EndTime { get; set; }

    /// <inheritdoc />
    public void OnEvent(RunEvent runEvent)
    {
        switch (runEvent)
        {
            case MessageRunEvent { Status: MessageStatus.Delivered }:
                Delivered++;
                break;
            case MessageRunEvent { Status: MessageStatus.Dropped } dropped:
                Dropped++;
                _dropsByReason[dropped.DropReason] = _dropsByReason.GetValueOrDefault(dropped.DropReason) + 1;
                break;
            case MessageRunEvent:
                Pending++;
                break;
            case ConsoleRunEvent:
                ConsoleCalls++;
                break;
            case LoadRunEvent:
                Loads++;
                break;
            case ErrorRunEvent error:
                _errors.Add(error);
                break;
            case AppRunEvent app:
                AppEvents++;
                if (app.IsFailure)
                {
                    _appFailures.Add(app);
                }

                break;
        }
    }
}
