using Jint.Native.Object;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Bindings.WebIdl;

namespace WebMessaging.Scripting.Bindings.Dom;

/// <summary>
/// A DOMException instance (https://webidl.spec.whatwg.org/#idl-DOMException): the wrapper of a
/// core <see cref="DomException"/> with the name and message slots script reads. DOMException is
/// [Serializable], and its data is these slots, so the wrapper itself is the serializable object.
/// </summary>
public sealed class DomExceptionObject : PlatformObject, ISerializablePlatformObject
{
    internal const string NameField = "name";
    internal const string MessageField = "message";

    /// <summary>Creates the DOMException for <paramref name="impl"/> with the given name and message slots.</summary>
    public DomExceptionObject(BindingRealm realm, DomException impl, ObjectInstance prototype, string name, string message)
        : base(realm, impl, prototype)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(message);
        Name = name;
        Message = message;
    }

    /// <summary>The core exception (thrown back into core code).</summary>
    public DomException Exception => (DomException)Impl;

    /// <summary>The name slot, e.g. "DataCloneError" (may be empty when script constructed it so).</summary>
    public string Name { get; private set; }

    /// <summary>The message slot.</summary>
    public string Message { get; private set; }

    /// <inheritdoc />
    string ISerializablePlatformObject.InterfaceName => "DOMException";

    /// <summary>
    /// https://webidl.spec.whatwg.org/#idl-DOMException: "Their serialization steps, given value and serialized, are:"
    /// </summary>
    void ISerializablePlatformObject.SerializationSteps(PlatformObjectRecord serialized, bool forStorage)
    {
        // "1. Set serialized.[[Name]] to value's name."
        serialized.Fields.Add(new(NameField, SerializedValue.FromString(Name)));

        // "2. Set serialized.[[Message]] to value's message."
        serialized.Fields.Add(new(MessageField, SerializedValue.FromString(Message)));

        // "3. User agents should attach a serialized representation of any interesting
        //  accompanying data which are not yet specified, notably the stack property, to serialized."
        // IMPLEMENTATION DEFINED: nothing else is attached; a DOMException's stack is not kept.
    }

    /// <summary>
    /// "a new instance of the interface" for StructuredDeserialize: a DOMException whose slots
    /// <see cref="DeserializationSteps"/> fill in.
    /// </summary>
    /// <remarks>
    /// IMPLEMENTATION DEFINED: its core exception (for core code it is thrown back into) is a
    /// plain "Error" DOMException, since the slots are only known after it is made; script
    /// sees the deserialized name and message.
    /// </remarks>
    internal static DomExceptionObject CreateForDeserialization(BindingRealm realm, ObjectInstance prototype) =>
        new(realm, new DomException("Error", string.Empty), prototype, "Error", string.Empty);

    /// <summary>
    /// https://webidl.spec.whatwg.org/#idl-DOMException: "Their deserialization steps, given value and serialized, are:"
    /// </summary>
    internal void DeserializationSteps(PlatformObjectRecord serialized)
    {
        foreach (var (field, value) in serialized.Fields)
        {
            switch (field)
            {
                // "1. Set value's name to serialized.[[Name]]."
                case NameField:
                    Name = value.AsString();
                    break;

                // "2. Set value's message to serialized.[[Message]]."
                case MessageField:
                    Message = value.AsString();
                    break;
            }
        }

        // "3. If any other data is attached to serialized, then deserialize and attach it to value."
        // (none is attached by this runtime)
    }
}
