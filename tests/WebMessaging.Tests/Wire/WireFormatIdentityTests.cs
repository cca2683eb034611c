using WebMessaging.Cloning.Records;
using WebMessaging.Cloning.Wire;

namespace WebMessaging.Tests.Wire;

public sealed class WireFormatIdentityTests
{
    private static SerializedRecord RoundTrip(SerializedRecord record)
    {
        var value = SerializedValue.FromRecord(record);
        var decoded = WireFormat.DecodeValue(WireFormat.Encode(value));
        RecordGraphComparer.AssertIsomorphic(value, decoded);
        return decoded.AsRecord();
    }

    [Fact]
    public void RoundTrip_RecordReferencedTwice_DecodesToOneRecord()
    {
        var shared = new ObjectRecord();
        shared.Properties.Add(new("x", SerializedValue.FromNumber(1)));
        var array = new ArrayRecord(2);
        array.Properties.Add(new("0", SerializedValue.FromRecord(shared)));
        array.Properties.Add(new("1", SerializedValue.FromRecord(shared)));

        var decoded = (ArrayRecord)RoundTrip(array);

        Assert.Same(decoded.Properties[0].Value.AsRecord(), decoded.Properties[1].Value.AsRecord());
    }

    [Fact]
    public void RoundTrip_EqualButDistinctRecords_StayDistinct()
    {
        var array = new ArrayRecord(2);
        array.Properties.Add(new("0", SerializedValue.FromRecord(new ObjectRecord())));
        array.Properties.Add(new("1", SerializedValue.FromRecord(new ObjectRecord())));

        var decoded = (ArrayRecord)RoundTrip(array);

        Assert.NotSame(decoded.Properties[0].Value.AsRecord(), decoded.Properties[1].Value.AsRecord());
    }

    [Fact]
    public void RoundTrip_ObjectContainingItself_DecodesToACycle()
    {
        var self = new ObjectRecord();
        self.Properties.Add(new("self", SerializedValue.FromRecord(self)));

        var decoded = (ObjectRecord)RoundTrip(self);

        Assert.Same(decoded, decoded.Properties[0].Value.AsRecord());
    }

    [Fact]
    public void RoundTrip_MapContainingItselfAsKeyAndValue_DecodesToACycle()
    {
        var map = new MapRecord();
        map.Entries.Add(new(SerializedValue.FromRecord(map), SerializedValue.FromRecord(map)));

        var decoded = (MapRecord)RoundTrip(map);

        Assert.Same(decoded, decoded.Entries[0].Key.AsRecord());
        Assert.Same(decoded, decoded.Entries[0].Value.AsRecord());
    }

    [Fact]
    public void RoundTrip_LongerCycleThroughSetErrorAndPlatformObject_DecodesToTheSameCycle()
    {
        var set = new SetRecord();
        var error = new ErrorRecord("Error", "loop") { HasCause = true, Cause = SerializedValue.FromRecord(set) };
        var platformObject = new PlatformObjectRecord("DOMException");
        platformObject.Fields.Add(new("error", SerializedValue.FromRecord(error)));
        set.Members.Add(SerializedValue.FromRecord(platformObject));

        var decoded = (SetRecord)RoundTrip(set);
        var decodedPlatformObject = (PlatformObjectRecord)decoded.Members[0].AsRecord();
        var decodedError = (ErrorRecord)decodedPlatformObject.Fields[0].Value.AsRecord();

        Assert.Same(decoded, decodedError.Cause.AsRecord());
    }

    [Fact]
    public void RoundTrip_ErrorWhoseCauseIsItself_DecodesToACycle()
    {
        var error = new ErrorRecord("Error", "me");
        error.HasCause = true;
        error.Cause = SerializedValue.FromRecord(error);

        var decoded = (ErrorRecord)RoundTrip(error);

        Assert.Same(decoded, decoded.Cause.AsRecord());
    }

    [Fact]
    public void RoundTrip_ViewAndItsBufferBothInTheGraph_KeepOneBuffer()
    {
        var buffer = new ArrayBufferRecord(new byte[8], 8, null);
        var array = new ArrayRecord(2);
        array.Properties.Add(new("0", SerializedValue.FromRecord(new ArrayBufferViewRecord(ArrayBufferViewKind.Uint8Array, buffer, 0, 8))));
        array.Properties.Add(new("1", SerializedValue.FromRecord(buffer)));

        var decoded = (ArrayRecord)RoundTrip(array);

        Assert.Same(((ArrayBufferViewRecord)decoded.Properties[0].Value.AsRecord()).Buffer, decoded.Properties[1].Value.AsRecord());
    }

    [Fact]
    public void RoundTrip_HolderListedTwice_DecodesToOneHolder()
    {
        var holder = new TransferDataHolder();
        holder.SetArrayBuffer([7], 1, null);
        var message = new SerializedWithTransfer(SerializedValue.FromRecord(holder), [holder, holder]);

        var decoded = WireFormat.Decode(WireFormat.Encode(message));

        Assert.Same(decoded.TransferDataHolders[0], decoded.TransferDataHolders[1]);
        Assert.Same(decoded.TransferDataHolders[0], decoded.Serialized.AsRecord());
    }
}
