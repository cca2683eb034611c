namespace WebMessaging.Appsmith.Runtime;

/// <summary>An alert the app showed with <c>showAlert(message, style)</c>.</summary>
/// <param name="Message">The message, as text.</param>
/// <param name="Style">The style: info (when none was given), success, warning or error.</param>
/// <param name="Time">The browser's (virtual) time in milliseconds.</param>
public sealed record AppsmithAlert(string Message, string Style, double Time);
