namespace WebMessaging.Appsmith.Loading;

/// <summary>A JS object of a page: its name and its source, <c>export default { … }</c>.</summary>
/// <param name="Name">The name the page's code uses, e.g. <c>JSObject1</c>.</param>
/// <param name="Body">The source, starting with <c>export default</c>.</param>
public sealed record JsObjectDefinition(string Name, string Body);
