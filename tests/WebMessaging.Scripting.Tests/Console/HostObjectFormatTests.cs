using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WebMessaging.Scripting.Tests.Console;

/// <summary>Objects of host bindings (getters on the prototype written in C#) print as Chromium prints platform objects.</summary>
public sealed class HostObjectFormatTests
{
    [Fact]
    public void Log_HostObject_RunsNativePrototypeGettersLikeChromium()
    {
        var console = new ConsoleTestEngine();
        var engine = console.Engine;
        var prototype = new JsObject(engine);
        var constructor = new ClrFunction(engine, "MessagePort", (_, _) => JsValue.Undefined);
        prototype.FastSetProperty("constructor", new PropertyDescriptor(constructor, writable: true, enumerable: false, configurable: true));
        foreach (var name in new[] { "onmessage", "onmessageerror" })
        {
            var getter = new ClrFunction(engine, "get " + name, (_, _) => JsValue.Null);
            prototype.FastSetProperty(name, new GetSetPropertyDescriptor(getter, JsValue.Undefined, enumerable: true, configurable: true));
        }

        var port = new JsObject(engine) { Prototype = prototype };
        engine.SetValue("port", port);

        // Chromium 156: console.log(new MessageChannel().port1) → "MessagePort {onmessage: null, onmessageerror: null}"
        Assert.Equal("MessagePort {onmessage: null, onmessageerror: null}", console.Log("port"));
        Assert.Equal("{p: MessagePort}", console.Log("{p: port}"));
    }
}
