using WebMessaging.Cloning.Records;
using Url = WebMessaging.Origins.Url;

namespace WebMessaging.Scripting.Bindings.Html;

/// <summary>
/// https://html.spec.whatwg.org/multipage/browsing-the-web.html#session-history-entry
/// A same-document session history entry: its URL and its serialized state.
/// </summary>
/// <param name="Url">The entry's URL.</param>
/// <param name="SerializedState">Its classic history API state (StructuredSerializeForStorage of the data), or null.</param>
internal sealed record SessionHistoryEntry(Url Url, SerializedValue? SerializedState);
