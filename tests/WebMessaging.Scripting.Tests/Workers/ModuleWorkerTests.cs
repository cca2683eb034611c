namespace WebMessaging.Scripting.Tests.Workers;

public sealed class ModuleWorkerTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ModuleWorker_ImportsRelativeToItsUrl_AndAnswersMessages(bool workerThreads)
    {
        var run = WorkerPage.Run(
            workerThreads,
            "const w = new Worker('/workers/main.js', { type: 'module' }); w.onmessage = e => console.log(e.data); w.postMessage(20);",
            ("https://app.example/workers/main.js", "import { twice } from './lib.js'; self.onmessage = e => postMessage('twice ' + twice(e.data) + ' ' + import.meta.url + ' ' + typeof importScripts + ' ' + String(this));"),
            ("https://app.example/workers/lib.js", "export const twice = x => x * 2;"));

        Assert.Equal(["twice 40 https://app.example/workers/main.js function undefined"], run.Lines);
    }

    [Fact]
    public void ModuleWorker_ImportScriptsThrowsTypeError()
    {
        var run = WorkerPage.Run(
            workerThreads: false,
            "const w = new Worker('/m.js', { type: 'module' }); w.onmessage = e => console.log(e.data);",
            ("https://app.example/m.js", "try { importScripts('/x.js'); postMessage('no error'); } catch (e) { postMessage(e.name); }"));

        Assert.Equal(["TypeError"], run.Lines);
    }

    [Fact]
    public void ModuleWorker_WithAMissingImport_FiresErrorAtTheWorker()
    {
        var run = WorkerPage.Run(
            workerThreads: false,
            "const w = new Worker('/m.js', { type: 'module' }); w.onerror = e => console.log('error event ' + (e instanceof ErrorEvent)); w.onmessage = e => console.log(e.data);",
            ("https://app.example/m.js", "import './missing.js'; postMessage('ran');"));

        Assert.Equal(["error event false"], run.Lines);
    }
}
