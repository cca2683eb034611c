using Jint;
using Jint.Native;
using Jint.Native.Object;

namespace WebMessaging.Scripting.Bindings.WebIdl;

/// <summary>
/// The iterators of a pair iterable interface (https://webidl.spec.whatwg.org/#idl-iterable)
/// made as an Array Iterator over the items taken when it is called.
/// </summary>
/// <remarks>
/// IMPLEMENTATION DEFINED: not a live "X Iterator" object (https://webidl.spec.whatwg.org/#es-default-iterator-object):
/// pairs added or removed while iterating are not seen, and the iterator's prototype is
/// %ArrayIteratorPrototype%, whose next() behaves as the standard's.
/// </remarks>
internal static class IterableSnapshot
{
    /// <summary>An Array Iterator of <paramref name="engine"/>'s realm over <paramref name="items"/>.</summary>
    public static JsValue Iterator(Engine engine, JsValue[] items)
    {
        var arrayPrototype = (ObjectInstance)engine.Intrinsics.Array.Get("prototype");
        return engine.Call(arrayPrototype.Get("values"), new JsArray(engine, items), []);
    }
}
