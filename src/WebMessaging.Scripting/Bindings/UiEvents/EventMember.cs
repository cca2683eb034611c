namespace WebMessaging.Scripting.Bindings.UiEvents;

/// <summary>One member of an event interface's init dictionary, which is also a readonly attribute of the interface.</summary>
/// <param name="Name">The member and attribute name, e.g. "clientX".</param>
/// <param name="Type">Its Web IDL type.</param>
/// <param name="Default">The default of a numeric member (the others default to false, "" or null).</param>
internal sealed record EventMember(string Name, EventMemberType Type, double Default = 0);
