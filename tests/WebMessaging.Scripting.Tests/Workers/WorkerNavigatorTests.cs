namespace WebMessaging.Scripting.Tests.Workers;

public sealed class WorkerNavigatorTests
{
    [Fact]
    public void Worker_HasWorkerNavigatorAndCrypto()
    {
        var run = WorkerPage.Run(
            workerThreads: false,
            "const w = new Worker('/w.js'); w.onmessage = e => console.log(e.data);",
            ("https://app.example/w.js", "postMessage([navigator instanceof WorkerNavigator, typeof Navigator, navigator.language, navigator.userAgent.startsWith('Mozilla/5.0'), typeof crypto.randomUUID, crypto.getRandomValues(new Uint8Array(4)).length].join(' '));"));

        Assert.Equal(["true undefined en-US true function 4"], run.Lines);
    }
}
