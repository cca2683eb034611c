using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Workers;

public sealed class WorkerErrorTests
{
    private const string Throwing = "self.onmessage = (e) => { throw new Error('boom ' + e.data); };";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ErrorThrownInWorker_FiresAnErrorEventAtTheWorker(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/throwing.js');
            worker.onerror = (e) => {
              console.log([e.constructor.name, e.message, e.filename, e.lineno, e.cancelable, e.error, e.target === worker].join('|'));
              e.preventDefault();
            };
            worker.postMessage(1);
            """, ("https://app.example/throwing.js", Throwing));

        Assert.Equal(["ErrorEvent|Uncaught Error: boom 1|https://app.example/throwing.js|1|true||true"], run.Lines);
        Assert.DoesNotContain(run.Diagnostics, d => d.Kind == PageDiagnosticKind.ScriptError);
    }

    [Fact]
    public void ErrorThrownInWorker_NotCanceled_IsReportedOnThePage()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/throwing.js');
            window.onerror = (message, source, line, column, error) => { console.log('window.onerror ' + message + ' ' + error); };
            worker.postMessage(2);
            """, ("https://app.example/throwing.js", Throwing));

        Assert.Equal(["window.onerror Uncaught Error: boom 2 null"], run.Lines);
        var reported = Assert.Single(run.Diagnostics, d => d.Kind == PageDiagnosticKind.ScriptError);
        Assert.Equal("Uncaught Error: boom 2", reported.Message);
        Assert.Equal("https://app.example/throwing.js", reported.SourceUrl);
    }

    [Fact]
    public void ErrorCanceledInsideTheWorker_NeverReachesTheWorkerObject()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/throwing.js');
            worker.onerror = () => console.log('reached the page');
            worker.onmessage = (e) => console.log(e.data);
            worker.postMessage(3);
            """, ("https://app.example/throwing.js", """
            self.onerror = (message) => { self.postMessage('handled in worker: ' + message); return true; };
            self.onmessage = (e) => { throw new Error('boom ' + e.data); };
            """));

        Assert.Equal(["handled in worker: Uncaught Error: boom 3"], run.Lines);
    }

    [Fact]
    public void MissingWorkerScript_FiresAPlainErrorEvent_NotAnException()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/missing.js');
            worker.onerror = (e) => console.log([e.constructor.name, e.cancelable].join());
            console.log('constructed');
            """);

        Assert.Equal(["constructed", "Event,false"], run.Lines);
    }

    [Fact]
    public void OnMessageError_IsAnEventHandlerOnBothSides()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/echo.js');
            worker.onmessageerror = () => {};
            console.log(typeof worker.onmessageerror + ' ' + ('onmessageerror' in Worker.prototype));
            worker.onmessage = (e) => console.log(e.data);
            """, ("https://app.example/echo.js", "self.postMessage(typeof self.onmessageerror + ' ' + ('onmessageerror' in self));"));

        Assert.Equal(["function true", "object true"], run.Lines);
    }
}
