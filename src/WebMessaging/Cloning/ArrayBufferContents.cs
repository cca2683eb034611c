namespace WebMessaging.Cloning;

/// <summary>What a realm reports about an ArrayBuffer: its data block and state.</summary>
/// <param name="Data">[[ArrayBufferData]]: the array itself (not a copy); only the first <paramref name="ByteLength"/> bytes count.</param>
/// <param name="ByteLength">[[ArrayBufferByteLength]].</param>
/// <param name="MaxByteLength">[[ArrayBufferMaxByteLength]] of a resizable buffer, otherwise null.</param>
/// <param name="IsDetached">IsDetachedBuffer(value).</param>
/// <param name="IsShared">IsSharedArrayBuffer(value).</param>
/// <param name="CanDetach">Whether the realm can detach the buffer, so that it can be transferred.</param>
public readonly record struct ArrayBufferContents(byte[] Data, int ByteLength, int? MaxByteLength, bool IsDetached, bool IsShared, bool CanDetach);
