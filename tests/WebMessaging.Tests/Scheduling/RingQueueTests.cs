using WebMessaging.Scheduling;

namespace WebMessaging.Tests.Scheduling;

public sealed class RingQueueTests
{
    [Fact]
    public void Enqueue_AndDequeueAcrossTheRingsEndAndGrowth_KeepsFirstInFirstOut()
    {
        var queue = new RingQueue<int>();
        var expected = new Queue<int>();
        var random = new Random(7);
        int next = 0;
        for (int step = 0; step < 10_000; step++)
        {
            // More adds than removes on average, so the ring both wraps and grows.
            if (expected.Count == 0 || random.Next(5) < 3)
            {
                queue.Enqueue(next);
                expected.Enqueue(next++);
                Assert.Equal(next - 1, queue.Tail);
            }
            else
            {
                Assert.Equal(expected.Peek(), queue.Head);
                Assert.Equal(expected.Dequeue(), queue.Dequeue());
            }

            Assert.Equal(expected.Count, queue.Count);
        }

        while (queue.TryDequeue(out int item))
        {
            Assert.Equal(expected.Dequeue(), item);
        }

        Assert.Empty(expected);
        Assert.False(queue.TryDequeue(out _));
    }

    [Fact]
    public void HeadAndTail_UpdatedInPlace_ChangeTheQueuedItems()
    {
        var queue = new RingQueue<int>();
        queue.Enqueue(1);
        queue.Enqueue(2);
        queue.Enqueue(3);

        queue.Head += 10;
        queue.Tail += 30;

        Assert.Equal([11, 2, 33], [queue.Dequeue(), queue.Dequeue(), queue.Dequeue()]);
    }

    [Fact]
    public void RemoveHead_LetsGoOfWhatTheItemReferredTo()
    {
        var queue = new RingQueue<KeyValuePair<int, object?>>();
        WeakReference Enqueue()
        {
            var payload = new object();
            queue.Enqueue(new KeyValuePair<int, object?>(1, payload));
            return new WeakReference(payload);
        }

        WeakReference weak = Enqueue();
        queue.RemoveHead();
        GC.Collect();
        GC.WaitForPendingFinalizers();

        Assert.False(weak.IsAlive);
    }
}
