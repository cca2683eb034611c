using Jint;
using Jint.Native;
using WebMessaging.Cloning.Records;
using WebMessaging.Scripting.Realms;

namespace WebMessaging.Scripting.Tests.Realms;

/// <summary>Two JavaScript realms, as two windows: values are cloned from the sender to the receiver and checked with JavaScript in each.</summary>
internal sealed class TwoWindows
{
    public TwoWindows()
    {
        Sender = new Engine(options => options.Constraints.StackOverflowGuard = true);
        Receiver = new Engine(options => options.Constraints.StackOverflowGuard = true);
        SenderRealm = new JsRealm(Sender);
        ReceiverRealm = new JsRealm(Receiver);
    }

    public Engine Sender { get; }

    public Engine Receiver { get; }

    public JsRealm SenderRealm { get; }

    public JsRealm ReceiverRealm { get; }

    /// <summary>Evaluates <paramref name="senderScript"/> in the sender, clones its value into the receiver and names it x there.</summary>
    public JsValue Clone(string senderScript)
    {
        JsValue value = Sender.Evaluate(senderScript);
        SerializedValue serialized = SenderRealm.Serialize(value);
        JsValue clone = ReceiverRealm.Deserialize(serialized);
        Receiver.SetValue("x", clone);
        return clone;
    }

    /// <summary>Evaluates <paramref name="senderScript"/> and transfers the values of the sender expression <paramref name="transferScript"/> (an array) with it.</summary>
    public JsValue Transfer(string senderScript, string transferScript)
    {
        JsValue value = Sender.Evaluate(senderScript);
        JsValue[] transfer = ((JsArray)Sender.Evaluate(transferScript)).ToArray();
        SerializedWithTransfer serialized = SenderRealm.SerializeWithTransfer(value, transfer);
        JsValue clone = ReceiverRealm.DeserializeWithTransfer(serialized).Deserialized;
        Receiver.SetValue("x", clone);
        return clone;
    }

    /// <summary>Asserts that <paramref name="receiverScript"/> is true in the receiver.</summary>
    public void AssertInReceiver(string receiverScript) => Assert.True(Receiver.Evaluate(receiverScript).AsBoolean(), "In the receiver: " + receiverScript);

    /// <summary>Asserts that <paramref name="senderScript"/> is true in the sender.</summary>
    public void AssertInSender(string senderScript) => Assert.True(Sender.Evaluate(senderScript).AsBoolean(), "In the sender: " + senderScript);
}
