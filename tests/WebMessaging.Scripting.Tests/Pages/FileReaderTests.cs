namespace WebMessaging.Scripting.Tests.Pages;

public sealed class FileReaderTests
{
    [Fact]
    public void ReadAsText_FiresLoadstartProgressLoadLoadend_InTasksAfterTheCall()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const reader = new FileReader();
            for (const type of ['loadstart', 'progress', 'load', 'loadend']) {
              reader.addEventListener(type, e => log(type + ' ' + e.loaded + '/' + e.total + ' ' + reader.readyState + ' ' + (e instanceof ProgressEvent)));
            }
            reader.onload = () => log('result ' + reader.result);
            reader.readAsText(new Blob(['héllo']));
            log('after call ' + reader.readyState + ' ' + String(reader.result));
            </script>
            """));

        page.Run();

        Assert.Equal(
            [
                "after call 1 null",
                "loadstart 0/6 1 true",
                "progress 6/6 1 true",
                "load 6/6 2 true",
                "result héllo",
                "loadend 6/6 2 true",
            ],
            page.Log);
    }

    [Fact]
    public void OtherReads_GiveBytesBinaryStringAndDataUrl_AndAReadWhileLoadingThrows()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const blob = new Blob([new Uint8Array([104, 105, 255])], { type: 'text/plain' });
            const r1 = new FileReader();
            r1.onload = () => log(r1.result.byteLength + ' ' + (r1.result instanceof ArrayBuffer));
            r1.readAsArrayBuffer(blob);
            try { r1.readAsText(blob); } catch (e) { log(e.name); }
            const r2 = new FileReader();
            r2.onload = () => log(Array.from(r2.result, c => c.charCodeAt(0)).join());
            r2.readAsBinaryString(blob);
            const r3 = new FileReader();
            r3.onload = () => log(r3.result);
            r3.readAsDataURL(blob);
            </script>
            """));

        page.Run();

        Assert.Equal(["InvalidStateError", "3 true", "104,105,255", "data:text/plain;base64,aGn/"], page.Log);
    }

    [Fact]
    public void Abort_StopsTheRead_FiringAbortAndLoadendOnly()
    {
        using var page = PageHarness.For(("https://a.example/", """
            <script>
            const reader = new FileReader();
            for (const type of ['loadstart', 'load', 'abort', 'loadend']) reader.addEventListener(type, () => log(type));
            reader.readAsText(new Blob(['x']));
            reader.abort();
            log('state ' + reader.readyState + ' ' + String(reader.result));
            </script>
            """));

        page.Run();

        Assert.Equal(["abort", "loadend", "state 2 null"], page.Log);
    }
}
