// A page at https://app.example embeds a chat widget from https://widget.example. They shake
// hands over window.postMessage, each checking the other's origin, then talk over a
// MessageChannel. A message sent with the wrong targetOrigin never reaches the widget.
using WebMessaging.Browsing;
using WebMessaging.Messaging;
using WebMessaging.Tracing;

await using var browser = new Browser();
var app = browser.OpenWindow("https://app.example/");
var widget = browser.CreateFrame(app, "https://widget.example/chat", new FrameOptions { Name = "chat" });

// The widget's page: it trusts only https://app.example, and answers over the port it is given.
widget.AddEventListener("message", e =>
{
    var message = (MessageEvent)e;
    if (message.Origin != "https://app.example")
    {
        return;
    }

    if (message.Ports.Count == 0)
    {
        ((Window)message.Source!).PostMessage(Message("hello-ack"), message.Origin, source: widget);
    }
    else
    {
        message.Ports[0].PostMessage(Message("ready"));
    }
});

// The app's page: once the widget has answered from its own origin, it hands over a port.
var channel = new MessageChannel(app);
channel.Port1.AddEventListener("message", e => Console.WriteLine($"app got over the port: {Type(((MessageEvent)e).Data)}"));
channel.Port1.Start();
app.AddEventListener("message", e =>
{
    var message = (MessageEvent)e;
    if (message.Origin == "https://widget.example" && Type(message.Data) == "hello-ack")
    {
        widget.PostMessage(Message("port"), "https://widget.example", [channel.Port2], source: app);
    }
});

widget.PostMessage(Message("hello"), "https://widget.example", source: app);
widget.PostMessage(Message("token"), "https://evil.example", source: app);
browser.RunUntilIdle();

Console.WriteLine();
Console.WriteLine("Message trace:");
foreach (var entry in browser.Trace.Entries)
{
    Console.WriteLine(Format(entry));
}

static Dictionary<string, object?> Message(string type) => new() { ["type"] = type };

static string? Type(object? data) => data is Dictionary<string, object?> message ? message["type"] as string : null;

static string Format(TraceEntry entry)
{
    var reason = entry.Event == TraceEventKind.Dropped ? $"  ({entry.DropReason})" : "";
    var targetOrigin = entry.TargetOrigin is null ? "" : $" [{entry.TargetOrigin}]";
    return $"{entry.Time,4:0} ms  {entry.Event,-9} {entry.Kind,-6} {Name(entry.Sender)} → {Name(entry.Receiver)}{targetOrigin}{reason}  {entry.Preview}".TrimEnd();
}

static string Name(TraceParticipant? participant) => participant switch
{
    null => "nobody",
    { Kind: "port" } => $"{participant.Id} ({participant.Origin})",
    _ => participant.Label,
};
