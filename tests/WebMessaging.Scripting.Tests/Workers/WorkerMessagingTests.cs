namespace WebMessaging.Scripting.Tests.Workers;

public sealed class WorkerMessagingTests
{
    private const string Echo = "self.onmessage = (e) => self.postMessage(e.data);";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void PostMessage_BeforeTheWorkerScriptRan_IsDeliveredInOrder(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/echo.js');
            worker.postMessage('a');
            worker.postMessage('b');
            worker.onmessage = (e) => console.log(e.data);
            """, ("https://app.example/echo.js", Echo));

        Assert.Equal(["a", "b"], run.Lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Messages_FromOneSender_KeepTheirOrderBothWays(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/echo.js');
            const got = [];
            worker.onmessage = (e) => { got.push(e.data); if (got.length === 200) console.log(got.every((v, i) => v === i) ? 'in order' : 'out of order: ' + got.join()); };
            for (let i = 0; i < 200; i++) worker.postMessage(i);
            """, ("https://app.example/echo.js", Echo));

        Assert.Equal(["in order"], run.Lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Transfer_ArrayBufferIntoAndOutOfAWorker_DetachesEachSender(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/bytes.js');
            const buffer = new Uint8Array([1, 2, 3]).buffer;
            worker.onmessage = (e) => {
              if (e.data.detachedInWorker !== undefined) { console.log('worker side ' + e.data.detachedInWorker); return; }
              console.log('back ' + Array.from(new Uint8Array(e.data)).join());
            };
            worker.postMessage(buffer, [buffer]);
            console.log('page side ' + buffer.byteLength);
            """, ("https://app.example/bytes.js", """
            self.onmessage = (e) => {
              const doubled = new Uint8Array(e.data).map((b) => b * 2).buffer;
              self.postMessage(doubled, [doubled]);
              self.postMessage({ detachedInWorker: doubled.byteLength });
            };
            """));

        Assert.Equal(["page side 0", "back 2,4,6", "worker side 0"], run.Lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Transfer_PortsIntoAndOutOfAWorker_ConnectTheChannels(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/ports.js');
            const channel = new MessageChannel();
            worker.postMessage('take this', [channel.port2]);
            channel.port1.onmessage = (e) => {
              console.log('via my port: ' + e.data);
              const theirs = e.ports[0];
              theirs.onmessage = (m) => console.log('via their port: ' + m.data);
              theirs.postMessage('ping');
            };
            channel.port1.postMessage('hello');
            """, ("https://app.example/ports.js", """
            self.onmessage = (e) => {
              const port = e.ports[0];
              port.onmessage = (m) => {
                const other = new MessageChannel();
                other.port1.onmessage = (p) => other.port1.postMessage('pong for ' + p.data);
                port.postMessage('got ' + m.data, [other.port2]);
              };
            };
            """));

        Assert.Equal(["via my port: got hello", "via their port: pong for ping"], run.Lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Terminate_RightAfterPosting_StopsDelivery(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/echo.js');
            let count = 0;
            worker.onmessage = () => count++;
            worker.postMessage('lost');
            worker.terminate();
            worker.postMessage('lost too');
            setTimeout(() => console.log('received ' + count), 200);
            """, ("https://app.example/echo.js", Echo));

        Assert.Equal(["received 0"], run.Lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Close_FromInsideTheWorker_EndsIt(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/closing.js');
            const got = [];
            worker.onmessage = (e) => {
              got.push(e.data);
              if (e.data === 'closing') { worker.postMessage('after close'); setTimeout(() => console.log(got.join()), 200); }
            };
            worker.postMessage('first');
            """, ("https://app.example/closing.js", """
            self.onmessage = (e) => {
              if (e.data === 'first') { self.postMessage('closing'); self.close(); }
              else self.postMessage('still alive: ' + e.data);
            };
            """));

        Assert.Equal(["closing"], run.Lines);
    }

    [Fact]
    public void NameAndLocation_AreTheWorkersOwn()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/sub/info.js?x=1#frag', { name: 'calculator' });
            worker.onmessage = (e) => console.log(JSON.stringify(e.data));
            """, ("https://app.example/sub/info.js", """
            self.postMessage({ name: self.name, href: location.href, pathname: location.pathname, search: location.search, hash: location.hash, origin: location.origin, asString: String(location),
              chain: [Object.getPrototypeOf(self) === DedicatedWorkerGlobalScope.prototype, self instanceof WorkerGlobalScope, self instanceof EventTarget] });
            """));

        Assert.Equal(["""{"name":"calculator","href":"https://app.example/sub/info.js?x=1#frag","pathname":"/sub/info.js","search":"?x=1","hash":"#frag","origin":"https://app.example","asString":"https://app.example/sub/info.js?x=1#frag","chain":[true,true,true]}"""], run.Lines);
    }

    [Fact]
    public void NewWorker_WithACrossOriginUrl_ThrowsSecurityError()
    {
        var run = WorkerPage.Run(false, """
            try { new Worker('https://other.example/w.js'); console.log('no error'); } catch (e) { console.log(e.name); }
            try { new Worker('http://[bad'); console.log('no error'); } catch (e) { console.log(e.name); }
            """);

        Assert.Equal(["SecurityError", "SyntaxError"], run.Lines);
    }

    [Fact]
    public void AddEventListenerAndSelfPostMessage_WorkAsTestharnessUsesThem()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/harness.js');
            const channel = new MessageChannel();
            channel.port1.onmessage = (e) => console.log('port: ' + e.data);
            worker.addEventListener('message', (e) => console.log('worker: ' + e.data));
            worker.postMessage({ port: channel.port2 }, [channel.port2]);
            """,
            ("https://app.example/harness.js", """
            importScripts('/lib/a.js', 'lib/b.js');
            self.addEventListener('message', (e) => { e.data.port.postMessage(order.join() + ' at ' + location.href); });
            self.postMessage('ready');
            """),
            ("https://app.example/lib/a.js", "var order = ['a'];"),
            ("https://app.example/lib/b.js", "order.push('b');"));

        Assert.Equal(["worker: ready", "port: a,b at https://app.example/harness.js"], run.Lines);
    }

    [Fact]
    public void ImportScripts_OfAMissingScript_ThrowsNetworkError_AndAThrowingScriptRethrows()
    {
        var run = WorkerPage.Run(false, """
            const worker = new Worker('/importer.js');
            worker.onmessage = (e) => console.log(e.data);
            """,
            ("https://app.example/importer.js", """
            let missing, thrown, syntax;
            try { importScripts('/missing.js'); } catch (e) { missing = e.name; }
            try { importScripts('/throws.js'); } catch (e) { thrown = e.message; }
            try { importScripts('http://[bad'); } catch (e) { syntax = e.name; }
            self.postMessage([missing, thrown, syntax].join());
            """),
            ("https://app.example/throws.js", "throw new Error('from import');"));

        Assert.Equal(["NetworkError,from import,SyntaxError"], run.Lines);
    }

    [Fact]
    public void BlobUrlWorker_HasTheCreatorsOrigin()
    {
        var run = WorkerPage.Run(false, """
            const url = URL.createObjectURL(new Blob(['self.postMessage([self.origin, location.protocol].join())'], { type: 'text/javascript' }));
            const worker = new Worker(url);
            worker.onmessage = (e) => { console.log(e.data); console.log(url.startsWith('blob:https://app.example/')); };
            """);

        Assert.Equal(["https://app.example,blob:", "true"], run.Lines);
    }

    [Fact]
    public void Terminate_StopsAScriptThatRunsForeverOnItsThread()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var run = WorkerPage.Run(true, """
            const worker = new Worker('/spin.js');
            worker.onmessage = (e) => { console.log(e.data); worker.terminate(); console.log('terminated'); };
            worker.postMessage('go');
            """, ("https://app.example/spin.js", "self.onmessage = () => { self.postMessage('spinning'); while (true) {} };"));

        Assert.Equal(["spinning", "terminated"], run.Lines);
        Assert.Empty(run.Diagnostics);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(4), $"The run took {watch.Elapsed}: the worker's script was not stopped.");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void NestedWorker_RelaysThroughItsOwner(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const worker = new Worker('/outer.js');
            worker.onmessage = (e) => console.log(e.data);
            worker.postMessage('hi');
            """,
            ("https://app.example/outer.js", """
            const inner = new Worker('inner.js');
            inner.onmessage = (e) => self.postMessage('outer got ' + e.data);
            self.onmessage = (e) => inner.postMessage(e.data);
            """),
            ("https://app.example/inner.js", "self.onmessage = (e) => self.postMessage('inner got ' + e.data + ' at ' + location.pathname);"));

        Assert.Equal(["outer got inner got hi at /inner.js"], run.Lines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WorkerGlobal_HasTimersMicrotasksCloneChannelsAndConsole(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            // The channel exists before the worker starts: on a thread, the worker runs at once.
            const news = new BroadcastChannel('news');
            news.onmessage = (e) => console.log('broadcast ' + e.data);
            const worker = new Worker('/members.js');
            worker.onmessage = (e) => console.log(e.data);
            """, ("https://app.example/members.js", """
            const order = [];
            setTimeout(() => {
              order.push('timer');
              const copy = structuredClone({ when: new Date(0), list: [1, 2] });
              const channel = new MessageChannel();
              channel.port2.onmessage = (e) => {
                self.postMessage(order.join() + '|' + copy.list.join() + '|' + e.data + '|' + (self.origin === location.origin));
                new BroadcastChannel('news').postMessage('from the worker');
              };
              channel.port1.postMessage('via channel');
            }, 10);
            queueMicrotask(() => order.push('microtask'));
            order.push('script');
            console.log('worker console');
            """));

        Assert.Equal(["script,microtask,timer|1,2|via channel|true", "broadcast from the worker"], run.Lines);
        Assert.Equal(["worker console"], run.WorkerLines);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Messages_FromSeveralWorkers_KeepEachSendersOrder(bool threads)
    {
        var run = WorkerPage.Run(threads, """
            const seen = { a: [], b: [], c: [] };
            let total = 0;
            for (const name of ['a', 'b', 'c']) {
              const worker = new Worker('/counter.js', { name });
              worker.onmessage = (e) => {
                seen[e.data.from].push(e.data.n);
                if (++total === 300) {
                  console.log(Object.keys(seen).map((k) => k + ':' + (seen[k].length === 100 && seen[k].every((n, i) => n === i))).join());
                }
              };
            }
            """, ("https://app.example/counter.js", "for (let n = 0; n < 100; n++) self.postMessage({ from: self.name, n });"));

        Assert.Equal(["a:true,b:true,c:true"], run.Lines);
    }
}
