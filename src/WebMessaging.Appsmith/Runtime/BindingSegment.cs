namespace WebMessaging.Appsmith.Runtime;

/// <summary>One part of a property value: plain text, or the JavaScript between <c>{{</c> and <c>}}</c>.</summary>
/// <param name="Text">The text, or the code without its braces.</param>
/// <param name="IsCode">Whether <paramref name="Text"/> is code.</param>
internal readonly record struct BindingSegment(string Text, bool IsCode);
