namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>A TextEncoder (https://encoding.spec.whatwg.org/#textencoder): it has no state, UTF-8 is its only encoding.</summary>
internal sealed class TextEncoderState
{
}
