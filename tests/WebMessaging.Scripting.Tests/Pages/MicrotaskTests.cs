using Jint.Native;
using WebMessaging.Scheduling;

namespace WebMessaging.Scripting.Tests.Pages;

public sealed class MicrotaskTests
{
    [Fact]
    public void PromiseJobs_RunAtTheCheckpointAfterTheScript_BeforeTheNextTask()
    {
        using var page = PageHarness.For(
            new WebMessaging.Scripting.Pages.ScriptedBrowserOptions
            {
                OnWindowCreated = w => w.Engine.SetValue("setTimeout", new Action<JsValue>(callback =>
                    w.Window.EventLoop.SetTimeout(() => w.InvokeCallback(callback, JsValue.Undefined), 0, w.Window))),
            },
            ("https://a.example/", "<script>setTimeout(() => log('timeout')); Promise.resolve().then(() => log('micro')); log('sync');</script>"));

        page.Run();

        Assert.Equal(["sync", "micro", "timeout"], page.Log);
    }

    [Fact]
    public void InvokeCallback_RunsPromiseJobsOfTheCallbackAtItsCheckpoint()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>function cb() { Promise.resolve().then(() => log('micro')); log('cb'); }</script>"));
        var window = page.Run();
        var callback = window.Engine.GetValue("cb");

        window.Window.QueueGlobalTask(TaskSource.Host, () =>
        {
            window.InvokeCallback(callback, JsValue.Undefined);
            page.Log.Add("task end");
        }, "test");
        page.Browser.RunUntilIdle();

        Assert.Equal(["cb", "micro", "task end"], page.Log);
    }

    [Fact]
    public void RequestPromiseJobs_RunsJobsResolvedAfterTheRealmsHookRanInTheSameCheckpoint()
    {
        using var page = PageHarness.For(("https://a.example/", "<script>var resolveIt; new Promise(r => resolveIt = r).then(v => log('resolved ' + v));</script>"));
        var window = page.Run();
        var resolve = window.Engine.GetValue("resolveIt");
        var resolved = false;

        // A hook registered after the window's runs after it in each checkpoint round, as another
        // realm's promise job that resolves this realm's promise would.
        using var otherRealm = window.Window.EventLoop.AddMicrotaskCheckpointHook(() =>
        {
            if (!resolved)
            {
                resolved = true;
                window.Engine.Call(resolve, JsValue.Undefined, [new JsNumber(7)]);
                window.RequestPromiseJobs();
            }

            return false;
        });
        window.Window.QueueGlobalTask(TaskSource.Host, () => page.Log.Add("task"), "test");
        page.Browser.RunUntilIdle();

        Assert.Equal(["task", "resolved 7"], page.Log);
    }
}
