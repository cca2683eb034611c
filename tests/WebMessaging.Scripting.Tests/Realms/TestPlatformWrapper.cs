using Jint;
using Jint.Native.Object;

namespace WebMessaging.Scripting.Tests.Realms;

/// <summary>A binding's wrapper, as the bindings will make them: a JavaScript object that carries a core platform object.</summary>
internal sealed class TestPlatformWrapper(Engine engine, object platformObject) : ObjectInstance(engine)
{
    public object PlatformObject { get; set; } = platformObject;
}
