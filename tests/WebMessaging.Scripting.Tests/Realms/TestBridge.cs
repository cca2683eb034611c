using Jint;
using Jint.Native;
using Jint.Native.Object;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Tests.Realms;

/// <summary>Maps <see cref="TestPlatformWrapper"/>s to their platform objects and back, one wrapper per object.</summary>
internal sealed class TestBridge(Engine engine) : IPlatformObjectBridge
{
    private readonly Dictionary<object, TestPlatformWrapper> _wrappers = new(ReferenceEqualityComparer.Instance);

    public object? GetPlatformObject(ObjectInstance wrapper) => (wrapper as TestPlatformWrapper)?.PlatformObject;

    public JsValue Wrap(object platformObject)
    {
        if (!_wrappers.TryGetValue(platformObject, out TestPlatformWrapper? wrapper))
        {
            wrapper = new TestPlatformWrapper(engine, platformObject);
            _wrappers.Add(platformObject, wrapper);
        }

        return wrapper;
    }
}
