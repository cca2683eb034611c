using Jint.Native;
using WebMessaging.Events;

namespace WebMessaging.Scripting.Bindings.UiEvents;

/// <summary>
/// An event of an interface whose only state is its init dictionary's members, each a readonly
/// attribute (UIEvent, MouseEvent, KeyboardEvent, FocusEvent, InputEvent, PointerEvent,
/// HashChangeEvent, PopStateEvent, PageTransitionEvent, CloseEvent): the values are kept as
/// the script values the dictionary converted them to.
/// </summary>
public sealed class DictionaryEvent : Event
{
    /// <summary>Creates an event of <paramref name="interfaceName"/> with its member values.</summary>
    public DictionaryEvent(string interfaceName, string type, EventInit? eventInitDict, IReadOnlyDictionary<string, JsValue> members)
        : base(type, eventInitDict)
    {
        InterfaceName = interfaceName;
        Members = members;
    }

    /// <summary>The most derived interface the event implements, e.g. "MouseEvent".</summary>
    public string InterfaceName { get; }

    /// <summary>The member values by name.</summary>
    public IReadOnlyDictionary<string, JsValue> Members { get; }
}
