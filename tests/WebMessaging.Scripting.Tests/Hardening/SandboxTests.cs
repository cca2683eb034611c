using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using WebMessaging.Scripting.Bindings.Html;
using WebMessaging.Scripting.Pages;

namespace WebMessaging.Scripting.Tests.Hardening;

/// <summary>A page cannot reach .NET: no CLR interop, nothing reachable from host objects but the realm's own JavaScript objects, no CLR detail in errors.</summary>
public sealed class SandboxTests
{
    // Jint's interop wrappers: any of them reachable from a page would hand it CLR objects or types.
    private static readonly HashSet<string> ClrBridgeTypes = new(StringComparer.Ordinal)
    {
        "ObjectWrapper", "TypeReference", "NamespaceReference", "MethodInfoFunction", "DelegateWrapper", "ArrayLikeWrapper",
        "ListWrapper", "GenericListWrapper", "ReadOnlyListWrapper", "DictionaryWrapper", "TypeReferencePrototype",
    };

    private const string Page = """
        <iframe src="https://other.test/"></iframe>
        <script>
        const channel = new MessageChannel();
        globalThis.samples = {
          window, document, body: document.body, div: document.createElement('div'), iframe: document.querySelector('iframe'),
          location, channel, port: channel.port1, event: new Event('x'), messageEvent: new MessageEvent('message', { data: 1 }),
          blob: new Blob(['a']), file: new File(['a'], 'a.txt'), encoder: new TextEncoder(), decoder: new TextDecoder(),
          params: new URLSearchParams('a=1'), controller: new AbortController(), domException: new DOMException('m', 'DataCloneError'),
          broadcast: new BroadcastChannel('b'), console, performance, otherWindow: frames[0],
        };
        </script>
        """;

    private static bool IsClrFailure(Exception? exception) => exception switch
    {
        null or Jint.Runtime.JavaScriptException => false,
        { InnerException: Jint.Runtime.JavaScriptException } => false,
        _ => true,
    };

    [Fact]
    public void ClrInteropNames_AreUndefined()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/", """
            <script>
            const names = ['System', 'importNamespace', 'clrHelper', 'host', 'Packages', 'java', 'require', 'process', 'module', 'Deno', 'Bun', 'importScripts', 'load', 'print'];
            console.log(names.filter(name => typeof globalThis[name] !== 'undefined').join(',') || 'none');
            try { new Function('return System.IO.File')(); } catch (e) { console.log(e.name); }
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["none", "ReferenceError"], browser.ConsoleMessages.Select(m => m.Message.Text));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void ConstructorsOfHostObjects_LeadOnlyToTheRealmsOwnFunctionAndGlobal()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/", Page + """
            <script>
            const results = [];
            for (const [name, value] of Object.entries(samples)) {
              if (name === 'otherWindow') continue;
              const ctor = value.constructor;
              const fn = ctor && ctor.constructor;
              results.push(name + ':' + (fn === Function) + ':' + (fn === undefined || fn('return this')() === window));
            }
            console.log(results.filter(r => !r.endsWith(':true:true')).join(' ') || 'all lead to Function and window');
            console.log(window.constructor.constructor('return this')() === window);
            console.log(document.createElement.constructor === Function, postMessage.constructor === Function, Object.getOwnPropertyDescriptor(window, 'location').get.constructor === Function);
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["all lead to Function and window", "true", "true true true"], browser.ConsoleMessages.Select(m => m.Message.Text));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void PrototypeChainsOfHostObjects_EndAtTheRealmsObjectPrototype()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/", Page + """
            <script>
            const bad = [];
            for (const [name, value] of Object.entries(samples)) {
              let last = value, steps = 0;
              for (let p = Object.getPrototypeOf(value); p !== null && steps < 50; p = Object.getPrototypeOf(p), steps++) last = p;
              const expected = name === 'otherWindow' ? value : Object.prototype;
              if (last !== expected) bad.push(name);
            }
            console.log(bad.join(',') || 'every chain ends at Object.prototype');
            console.log(Object.getPrototypeOf(frames[0]) === null);
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["every chain ends at Object.prototype", "true"], browser.ConsoleMessages.Select(m => m.Message.Text));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void EveryObjectReachableFromTheGlobal_IsAJavaScriptObjectOfTheRealm_NeverAClrWrapper()
    {
        using var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/", Page));
        var page = browser.LoadEntry();
        browser.RunUntilIdle();

        var global = page.GetBinding<WindowGlobal>().GlobalObject;
        var seen = new HashSet<ObjectInstance>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<(ObjectInstance Object, string Path)>();
        queue.Enqueue((global, "window"));
        seen.Add(global);
        while (queue.Count > 0)
        {
            var (current, path) = queue.Dequeue();
            Assert.False(ClrBridgeTypes.Contains(current.GetType().Name), $"{path} is a CLR bridge ({current.GetType().FullName}).");
            if (current.GetType().Name is "WindowProxyObject" or "CrossOriginWindowProxy")
            {
                // Another realm's window: its own realm is checked by its own walk.
                continue;
            }

            void Visit(JsValue? value, string where)
            {
                if (value is ObjectInstance next && seen.Add(next))
                {
                    queue.Enqueue((next, where));
                }
            }

            Visit(current.Prototype, path + ".[[Prototype]]");
            foreach (var key in current.GetOwnPropertyKeys())
            {
                var descriptor = current.GetOwnProperty(key);
                if (descriptor == PropertyDescriptor.Undefined)
                {
                    continue;
                }

                var name = path + "." + key;
                if (descriptor.IsAccessorDescriptor())
                {
                    Visit(descriptor.Get, name + ".get");
                    Visit(descriptor.Set, name + ".set");
                }
                else
                {
                    Visit(descriptor.Value, name);
                }
            }
        }

        Assert.True(seen.Count > 500, $"Only {seen.Count} objects were reachable: the walk did not see the platform.");
    }

    [Fact]
    public void ErrorsOfHostFunctions_CarryNoClrTypesOrStackTraces()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/", """
            <iframe src="https://other.test/"></iframe>
            <script>
            const attempts = [
              () => postMessage(),
              () => postMessage(Symbol('s'), '*'),
              () => postMessage(1, 'not a url'),
              () => postMessage(1, '*', [window]),
              () => structuredClone(() => 1),
              () => structuredClone(new Proxy({}, { get() { throw new Error('trap'); } })),
              () => new MessageChannel().port1.postMessage(1, [new MessageChannel().port1, 5]),
              () => atob('%'),
              () => document.createElement(''),
              () => document.body.appendChild(5),
              () => new TextDecoder('no-such-encoding'),
              () => new Blob(5),
              () => MessagePort(),
              () => new Event(),
              () => Object.getOwnPropertyDescriptor(window, 'location').get.call({}),
              () => EventTarget.prototype.addEventListener.call(5, 'x', null),
              () => frames[0].document,
              () => new DOMException('m', { toString() { throw new RangeError('inner'); } }),
            ];
            const leaks = [];
            let caught = 0;
            for (const attempt of attempts) {
              try { attempt(); leaks.push('no error: ' + attempt); }
              catch (e) {
                caught++;
                const text = [String(e), e && e.stack, e && e.message, e && e.constructor && e.constructor.name].join(' | ');
                if (/System\.|Jint|[A-Za-z]+Exception:|\.cs\b|:line \d|WebMessaging/.test(text)) leaks.push(text);
              }
            }
            console.log(caught + ' caught');
            console.log(leaks.join('\n') || 'no CLR detail');
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["18 caught", "no CLR detail"], browser.ConsoleMessages.Select(m => m.Message.Text));
        }

        HostilePage.AssertFreshBrowserWorks();
    }

    [Fact]
    public void EveryHostFunctionCalledWithOddArguments_ThrowsOnlyJavaScriptErrors()
    {
        using (var browser = HostilePage.Browser(new ScriptedBrowserOptions(), ("https://a.test/", Page + """
            <script>
            // Functions that navigate, close or open windows, or block, are left out: they act on the page, not on odd input.
            const skip = new Set(['reportError', 'setInterval', 'close', 'open', 'assign', 'replace', 'reload', 'stop', 'alert', 'confirm', 'prompt', 'print', 'write', 'writeln']);
            const odd = [[], [undefined], [null], [{}], [Symbol('s')], [2 ** 53, -1], ['', ''], [[], [], []], [{ toString() { throw new Error('evil'); } }], [NaN, Infinity, -0], ['x'.repeat(1000), {}, []]];
            let calls = 0;
            const targets = Object.entries(samples).filter(([name]) => name !== 'otherWindow');
            targets.push(['global', globalThis]);
            for (const [name, target] of targets) {
              const seen = new Set();
              for (let p = target; p && p !== Object.prototype && p !== Function.prototype; p = Object.getPrototypeOf(p)) {
                for (const key of Object.getOwnPropertyNames(p)) {
                  if (seen.has(key) || skip.has(key)) continue;
                  seen.add(key);
                  const d = Object.getOwnPropertyDescriptor(p, key);
                  if (!d || typeof d.value !== 'function' || /^[A-Z]/.test(key) && name === 'global') continue;
                  for (const args of odd) {
                    calls++;
                    try { d.value.apply(target, args); } catch (e) { if (!(e instanceof Error) && !(e instanceof DOMException)) throw e; }
                  }
                }
              }
            }
            console.log('done ' + (calls > 300));
            </script>
            """)))
        {
            HostilePage.Run(browser);

            Assert.Equal(["done true"], browser.ConsoleMessages.Where(m => m.Message.Text.StartsWith("done", StringComparison.Ordinal)).Select(m => m.Message.Text));
            // Errors of the page's own code (strings run as timer handlers) are fine; a .NET exception escaping a host function is not.
            Assert.DoesNotContain(HostilePage.Errors(browser), e => e.Kind == PageDiagnosticKind.ScriptError && IsClrFailure(e.Exception));
        }

        HostilePage.AssertFreshBrowserWorks();
    }
}
