namespace WebMessaging.Cloning.Records;

/// <summary>
/// https://html.spec.whatwg.org/multipage/structured-data.html#structuredserializewithtransfer
/// "Set memory[transferable] to { [[Type]]: an uninitialized value }." Every reference to a
/// transferred object in the serialized graph is this holder; after serialization the
/// transfer steps fill it in: for an ArrayBuffer its bytes move here (not copied), for a
/// platform object (MessagePort) its transfer steps store what the receiving side needs in
/// <see cref="PlatformData"/>.
/// </summary>
public sealed class TransferDataHolder : SerializedRecord
{
    private string? _type;

    /// <summary>
    /// "ArrayBuffer", "ResizableArrayBuffer" or the interface name of a platform object;
    /// throws while the holder is still uninitialized.
    /// </summary>
    public override string Type => _type ?? throw new InvalidOperationException("The transfer data holder has not been filled in yet.");

    /// <summary>Whether the transfer steps have filled the holder.</summary>
    public bool IsInitialized => _type is not null;

    /// <summary>[[ArrayBufferData]] of a transferred ArrayBuffer: the very array the sender's buffer held.</summary>
    public byte[]? ArrayBufferData { get; private set; }

    /// <summary>[[ArrayBufferByteLength]].</summary>
    public int ArrayBufferByteLength { get; private set; }

    /// <summary>[[ArrayBufferMaxByteLength]] of a resizable buffer.</summary>
    public int? ArrayBufferMaxByteLength { get; private set; }

    /// <summary>What a platform object's transfer steps stored (e.g. the port being shipped).</summary>
    public object? PlatformData { get; private set; }

    /// <summary>Fills the holder for an ArrayBuffer whose bytes move with it.</summary>
    public void SetArrayBuffer(byte[] data, int byteLength, int? maxByteLength)
    {
        ThrowIfInitialized();
        ArgumentNullException.ThrowIfNull(data);
        _type = maxByteLength is null ? "ArrayBuffer" : "ResizableArrayBuffer";
        ArrayBufferData = data;
        ArrayBufferByteLength = byteLength;
        ArrayBufferMaxByteLength = maxByteLength;
    }

    /// <summary>Fills the holder for a transferable platform object.</summary>
    public void SetPlatformObject(string interfaceName, object? data)
    {
        ThrowIfInitialized();
        ArgumentException.ThrowIfNullOrEmpty(interfaceName);
        _type = interfaceName;
        PlatformData = data;
    }

    private void ThrowIfInitialized()
    {
        if (_type is not null)
        {
            throw new InvalidOperationException($"The transfer data holder is already a {_type}.");
        }
    }
}
