using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Scheduling;

public sealed class SpinGateTests
{
    [Fact]
    public void Enter_FromSeveralThreadsAtOnce_LetsOneInAtATime()
    {
        var gate = new SpinGate();
        long counter = 0;
        int inside = 0;
        int overlaps = 0;
        Parallel.For(0, 4, _ =>
        {
            for (int i = 0; i < 50_000; i++)
            {
                using (gate.Enter())
                {
                    if (Interlocked.Increment(ref inside) != 1)
                    {
                        Interlocked.Increment(ref overlaps);
                    }

                    // A read-modify-write that loses updates unless the gate excludes the others.
                    counter = counter + 1;
                    Interlocked.Decrement(ref inside);
                }
            }
        });

        Assert.Equal(0, overlaps);
        Assert.Equal(200_000, counter);
    }

#if DEBUG
    [Fact]
    public void Enter_AgainByTheThreadHoldingIt_ThrowsInsteadOfWaitingForever()
    {
        var gate = new SpinGate();
        using (gate.Enter())
        {
            Assert.Throws<InvalidOperationException>(() => gate.Enter());
        }

        using (gate.Enter())
        {
            // Left and taken again: the gate is free after each scope.
        }
    }
#endif
}
