using System.Numerics;
using System.Text.RegularExpressions;
using WebMessaging.Cloning;
using WebMessaging.Cloning.Records;
using WebMessaging.Values;

namespace WebMessaging.Tests.Cloning;

public sealed class ClrRoundTripTests
{
    [Fact]
    public void Clone_Null_IsNull() => Assert.Null(StructuredClone.Clone(null));

    [Fact]
    public void Clone_Undefined_IsUndefined() => Assert.Same(Undefined.Value, StructuredClone.Clone(Undefined.Value));

    [Fact]
    public void Clone_Boolean_KeepsValue() => Assert.Equal(true, StructuredClone.Clone(true));

    [Fact]
    public void Clone_Int_BecomesNumber() => Assert.Equal(42.0, StructuredClone.Clone(42));

    [Fact]
    public void Clone_NegativeZero_KeepsSign() =>
        Assert.True(double.IsNegative((double)StructuredClone.Clone(-0.0)!));

    [Fact]
    public void Clone_NaN_StaysNaN() => Assert.True(double.IsNaN((double)StructuredClone.Clone(double.NaN)!));

    [Fact]
    public void Clone_LongBeyond2To53_RoundsLikeJavaScriptNumber() =>
        Assert.Equal(9007199254740992.0, StructuredClone.Clone(9007199254740993L));

    [Fact]
    public void Clone_BigInteger_BecomesBigInt()
    {
        var big = BigInteger.Pow(2, 100) + 1;
        Assert.Equal(big, StructuredClone.Clone(big));
    }

    [Fact]
    public void Clone_StringWithLoneSurrogate_KeepsIt() => Assert.Equal("a\uD800b", StructuredClone.Clone("a\uD800b"));

    [Theory]
    [InlineData(true)]
    [InlineData(1.5)]
    [InlineData("text")]
    public void Clone_PrimitiveWrapper_IsNewWrapperOfSameValue(object primitive)
    {
        var wrapper = primitive switch
        {
            bool b => new PrimitiveWrapper(b),
            double d => new PrimitiveWrapper(d),
            _ => new PrimitiveWrapper((string)primitive),
        };
        var clone = Assert.IsType<PrimitiveWrapper>(StructuredClone.Clone(wrapper));
        Assert.NotSame(wrapper, clone);
        Assert.Equal(primitive, clone.Value);
    }

    [Fact]
    public void Clone_BigIntWrapper_KeepsValue() =>
        Assert.Equal(new BigInteger(7), Assert.IsType<PrimitiveWrapper>(StructuredClone.Clone(new PrimitiveWrapper(new BigInteger(7)))).Value);

    [Fact]
    public void Clone_DateTimeOffset_BecomesUtcDateTimeOffsetToTheMillisecond()
    {
        var date = new DateTimeOffset(2024, 5, 6, 7, 8, 9, 123, TimeSpan.FromHours(2)).AddTicks(4567);
        var clone = Assert.IsType<DateTimeOffset>(StructuredClone.Clone(date));
        Assert.Equal(TimeSpan.Zero, clone.Offset);
        Assert.Equal(new DateTimeOffset(2024, 5, 6, 5, 8, 9, 123, TimeSpan.Zero), clone);
    }

    [Fact]
    public void Clone_UtcDateTime_BecomesSameInstant()
    {
        var date = new DateTime(1969, 12, 31, 23, 59, 59, 500, DateTimeKind.Utc);
        Assert.Equal(new DateTimeOffset(date), StructuredClone.Clone(date));
    }

    [Fact]
    public void Clone_InvalidDate_StaysInvalidJsDate()
    {
        var clone = Assert.IsType<JsDate>(StructuredClone.Clone(JsDate.Invalid));
        Assert.False(clone.IsValid);
    }

    [Fact]
    public void Clone_DateOutsideDateTimeOffsetRange_StaysJsDate()
    {
        var clone = Assert.IsType<JsDate>(StructuredClone.Clone(new JsDate(-8.64e15)));
        Assert.Equal(-8.64e15, clone.TimeValue);
    }

    [Fact]
    public void Clone_JsRegExp_KeepsSourceAndFlags()
    {
        var clone = Assert.IsType<JsRegExp>(StructuredClone.Clone(new JsRegExp("a(?<x>b)+", "dgimsuy")));
        Assert.Equal("a(?<x>b)+", clone.Source);
        Assert.Equal("dgimsuy", clone.Flags);
    }

    [Fact]
    public void Clone_Regex_MapsOptionsToFlags()
    {
        var clone = Assert.IsType<JsRegExp>(StructuredClone.Clone(new Regex("^a.b$", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.Singleline)));
        Assert.Equal("^a.b$", clone.Source);
        Assert.Equal("ims", clone.Flags);
        Assert.Matches(clone.ToRegex(), "A\nB");
    }

    [Fact]
    public void Clone_RegexWithRightToLeft_ThrowsDataCloneError()
    {
        var error = Assert.Throws<DataCloneException>(() => StructuredClone.Clone(new Regex("a", RegexOptions.RightToLeft)));
        Assert.Contains("RightToLeft", error.Message);
    }

    [Fact]
    public void Clone_ByteArray_BecomesArrayBufferWithCopiedBytes()
    {
        byte[] bytes = [1, 2, 3];
        var clone = Assert.IsType<ArrayBuffer>(StructuredClone.Clone(bytes));
        bytes[0] = 9;
        Assert.Equal(new byte[] { 1, 2, 3 }, clone.ToArray());
    }

    [Fact]
    public void Clone_ReadOnlyMemorySlice_BecomesArrayBufferOfTheSlice()
    {
        ReadOnlyMemory<byte> slice = new byte[] { 1, 2, 3, 4 }.AsMemory(1, 2);
        Assert.Equal(new byte[] { 2, 3 }, Assert.IsType<ArrayBuffer>(StructuredClone.Clone(slice)).ToArray());
    }

    [Fact]
    public void Clone_ResizableArrayBuffer_KeepsMaxByteLength()
    {
        var buffer = new ArrayBuffer(4, maxByteLength: 16);
        buffer.AsSpan()[3] = 7;
        var clone = Assert.IsType<ArrayBuffer>(StructuredClone.Clone(buffer));
        Assert.Equal(16, clone.MaxByteLength);
        Assert.Equal(new byte[] { 0, 0, 0, 7 }, clone.ToArray());
        clone.Resize(10);
        Assert.Equal(10, clone.ByteLength);
    }

    [Theory]
    [InlineData(ArrayBufferViewKind.Int8Array)]
    [InlineData(ArrayBufferViewKind.Uint8Array)]
    [InlineData(ArrayBufferViewKind.Uint8ClampedArray)]
    [InlineData(ArrayBufferViewKind.Int16Array)]
    [InlineData(ArrayBufferViewKind.Uint16Array)]
    [InlineData(ArrayBufferViewKind.Int32Array)]
    [InlineData(ArrayBufferViewKind.Uint32Array)]
    [InlineData(ArrayBufferViewKind.Float16Array)]
    [InlineData(ArrayBufferViewKind.Float32Array)]
    [InlineData(ArrayBufferViewKind.Float64Array)]
    [InlineData(ArrayBufferViewKind.BigInt64Array)]
    [InlineData(ArrayBufferViewKind.BigUint64Array)]
    [InlineData(ArrayBufferViewKind.DataView)]
    public void Clone_ArrayBufferView_KeepsKindOffsetLengthAndBytes(ArrayBufferViewKind kind)
    {
        var buffer = new ArrayBuffer(64);
        for (int i = 0; i < 64; i++)
        {
            buffer.AsSpan()[i] = (byte)i;
        }

        var view = new ArrayBufferView(kind, buffer, byteOffset: 8, length: 2);
        var clone = Assert.IsType<ArrayBufferView>(StructuredClone.Clone(view));
        Assert.Equal(kind, clone.Kind);
        Assert.Equal(8, clone.ByteOffset);
        Assert.Equal(2, clone.Length);
        Assert.Equal(64, clone.Buffer.ByteLength);
        Assert.Equal(view.AsBytes().ToArray(), clone.AsBytes().ToArray());
    }

    [Fact]
    public void Clone_LengthTrackingView_StillTracksItsResizableBuffer()
    {
        var view = new ArrayBufferView(ArrayBufferViewKind.Uint16Array, new ArrayBuffer(8, maxByteLength: 32), byteOffset: 2);
        var clone = Assert.IsType<ArrayBufferView>(StructuredClone.Clone(view));
        Assert.True(clone.IsLengthTracking);
        Assert.Equal(3, clone.Length);
        clone.Buffer.Resize(32);
        Assert.Equal(15, clone.Length);
    }

    [Fact]
    public void Clone_JsMap_KeepsOrderAndSpecialKeys()
    {
        var map = new JsMap().Set("b", 1).Set(null, 2).Set(double.NaN, 3).Set(Undefined.Value, 4).Set("a", 5);
        var clone = Assert.IsType<JsMap>(StructuredClone.Clone(map));
        Assert.Equal(new object?[] { "b", null, double.NaN, Undefined.Value, "a" }, clone.Keys.ToArray());
        Assert.Equal(3.0, clone[double.NaN]);
        Assert.Equal(2.0, clone[null]);
    }

    [Fact]
    public void Clone_DictionaryWithIntKeys_BecomesMap()
    {
        var clone = Assert.IsType<JsMap>(StructuredClone.Clone(new Dictionary<int, string> { [2] = "two", [1] = "one" }));
        Assert.Equal(new object?[] { 2.0, 1.0 }, clone.Keys.ToArray());
        Assert.Equal("one", clone[1]);
    }

    [Fact]
    public void Clone_HashSet_BecomesSetInOrder()
    {
        var clone = Assert.IsType<JsSet>(StructuredClone.Clone(new HashSet<string> { "x", "y" }));
        Assert.Equal(new object?[] { "x", "y" }, clone.ToArray());
    }

    [Fact]
    public void Clone_JsSet_KeepsNullAndNaN()
    {
        var clone = Assert.IsType<JsSet>(StructuredClone.Clone(new JsSet().Add(null).Add(double.NaN).Add(1)));
        Assert.True(clone.Contains(null));
        Assert.True(clone.Contains(double.NaN));
        Assert.Equal(3, clone.Count);
    }

    [Fact]
    public void Clone_List_BecomesListOfObjects()
    {
        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(new[] { 1, 2, 3 }));
        Assert.Equal(new object?[] { 1.0, 2.0, 3.0 }, clone);
    }

    [Fact]
    public void Clone_Enumerable_BecomesArrayInOrder()
    {
        var clone = Assert.IsType<List<object?>>(StructuredClone.Clone(Enumerable.Range(1, 3).Select(i => i * 10)));
        Assert.Equal(new object?[] { 10.0, 20.0, 30.0 }, clone);
    }

    [Fact]
    public void Clone_JsArrayWithHolesAndExtraProperty_KeepsThem()
    {
        var array = new JsArray(5);
        array[1] = "one";
        array[3] = "three";
        array.Properties["label"] = "extra";
        var clone = Assert.IsType<JsArray>(StructuredClone.Clone(array));
        Assert.Equal(5u, clone.Length);
        Assert.True(clone.IsHole(0));
        Assert.Equal("one", clone[1]);
        Assert.True(clone.IsHole(2));
        Assert.Equal("three", clone[3]);
        Assert.Equal("extra", clone.Properties["label"]);
    }

    [Fact]
    public void Clone_Dictionary_KeepsKeyOrder()
    {
        var clone = Assert.IsType<Dictionary<string, object?>>(StructuredClone.Clone(new Dictionary<string, object?> { ["z"] = 1, ["a"] = 2, ["m"] = 3 }));
        Assert.Equal(new[] { "z", "a", "m" }, clone.Keys.ToArray());
    }

    [Fact]
    public void Clone_AnonymousObject_BecomesDictionaryOfItsProperties()
    {
        var clone = Assert.IsType<Dictionary<string, object?>>(StructuredClone.Clone(new { Id = 7, Name = "seven", Tags = new[] { "a" } }));
        Assert.Equal(new[] { "Id", "Name", "Tags" }, clone.Keys.ToArray());
        Assert.Equal(7.0, clone["Id"]);
        Assert.Equal(new object?[] { "a" }, Assert.IsType<List<object?>>(clone["Tags"]));
    }

    [Fact]
    public void Clone_Record_ReadsPublicPropertiesOnly()
    {
        var clone = Assert.IsType<Dictionary<string, object?>>(StructuredClone.Clone(new SampleRecord("x", 2)));
        Assert.Equal(new[] { "Name", "Count" }, clone.Keys.ToArray());
    }

    [Fact]
    public void Clone_JsErrorWithCause_KeepsNameMessageStackAndCause()
    {
        var error = new JsError("RangeError", "too big", "RangeError: too big\n    at f (a.js:1:1)");
        error.SetCause("because");
        var clone = Assert.IsType<JsError>(StructuredClone.Clone(error));
        Assert.Equal("RangeError", clone.Name);
        Assert.Equal("too big", clone.Message);
        Assert.Equal(error.JsStack, clone.JsStack);
        Assert.True(clone.HasCause);
        Assert.Equal("because", clone.Cause);
    }

    [Theory]
    [InlineData("EvalError")]
    [InlineData("RangeError")]
    [InlineData("ReferenceError")]
    [InlineData("SyntaxError")]
    [InlineData("TypeError")]
    [InlineData("URIError")]
    [InlineData("Error")]
    public void Clone_NativeErrorName_IsKept(string name) =>
        Assert.Equal(name, Assert.IsType<JsError>(StructuredClone.Clone(new JsError(name, "m"))).Name);

    [Fact]
    public void Clone_ErrorWithOtherName_BecomesError() =>
        Assert.Equal("Error", Assert.IsType<JsError>(StructuredClone.Clone(new JsError("MyError", "m"))).Name);

    [Fact]
    public void Clone_ErrorWithoutMessage_HasNoMessage() =>
        Assert.False(Assert.IsType<JsError>(StructuredClone.Clone(new JsError("Error", null))).HasMessage);

    [Fact]
    public void Clone_ClrException_MapsNameAndInnerExceptionToCause()
    {
        var inner = new ArgumentOutOfRangeException("x", "out");
        var clone = Assert.IsType<JsError>(StructuredClone.Clone(new InvalidOperationException("outer", inner)));
        Assert.Equal("TypeError", clone.Name);
        Assert.Equal("outer", clone.Message);
        var cause = Assert.IsType<JsError>(clone.Cause);
        Assert.Equal("RangeError", cause.Name);
    }

    [Fact]
    public void Clone_Blob_KeepsTypeAndBytes()
    {
        var clone = Assert.IsType<Blob>(StructuredClone.Clone(new Blob(new byte[] { 1, 2 }, "Text/Plain")));
        Assert.Equal("text/plain", clone.Type);
        Assert.Equal(new byte[] { 1, 2 }, clone.Bytes.ToArray());
    }

    [Fact]
    public void Clone_File_KeepsNameAndLastModified()
    {
        var clone = Assert.IsType<WebMessaging.Values.File>(StructuredClone.Clone(new WebMessaging.Values.File(new byte[] { 3 }, "a.txt", "text/plain", 1234)));
        Assert.Equal("a.txt", clone.Name);
        Assert.Equal(1234, clone.LastModified);
        Assert.Equal(new byte[] { 3 }, clone.Bytes.ToArray());
    }

    private sealed record SampleRecord(string Name, int Count);
}
