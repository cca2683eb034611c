namespace WebMessaging.Scheduling;

/// <summary>The order in which pending timers come due: by due time, then by when they were started.</summary>
internal readonly record struct TimerOrder(double DueTime, long Sequence) : IComparable<TimerOrder>
{
    public int CompareTo(TimerOrder other)
    {
        int byTime = DueTime.CompareTo(other.DueTime);
        return byTime != 0 ? byTime : Sequence.CompareTo(other.Sequence);
    }
}
