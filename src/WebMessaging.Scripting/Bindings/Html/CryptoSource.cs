namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>The platform object behind a window's <c>crypto</c>: it has no state of its own (the random bytes come from the operating system).</summary>
internal sealed class CryptoSource
{
}
