using WebMessaging.Browsing;
using WebMessaging.Cli.Running;
using WebMessaging.Messaging;
using WebMessaging.Scheduling;
using WebMessaging.Scripting.Console;

namespace WebMessaging.Cli.Tests.Support;

/// <summary>Runs made of real core windows, frames and ports, with console calls reported as a page's would be.</summary>
internal static class CoreScenarios
{
    /// <summary>
    /// The channel messaging sample, acted in C#: the page at the entry URL loads a cross-origin
    /// frame, hands it a port with a window message (and sends a secret to the wrong origin,
    /// which is dropped); the frame logs and answers over the port; the page logs the answer.
    /// </summary>
    public static CoreScenarioRunner ChannelHandshake(bool throwAfterwards = false) => new((browser, request) =>
    {
        var events = request.Events;
        var app = browser.OpenWindow(request.Site.Entry.Href);
        var widget = browser.CreateFrame(app, "https://widget.example/chat");

        widget.AddEventListener("message", e =>
        {
            var message = (MessageEvent)e;
            events.Console(widget, Log("log", ConsoleLogLevel.Log, "widget got " + message.Data + " from " + message.Origin));
            message.Ports[0].PostMessage("Hello from the iframe!");
        });

        var channel = new MessageChannel(app);
        channel.Port1.AddEventListener("message", e =>
            events.Console(app, Log("info", ConsoleLogLevel.Info, "page got over port1: " + ((MessageEvent)e).Data)));
        channel.Port1.Start();

        app.QueueGlobalTask(TaskSource.Networking, () =>
        {
            events.Load(widget);
            events.Load(app);
            widget.PostMessage("Transferring message port", "*", [channel.Port2], source: app);
            widget.PostMessage("secret", "https://evil.example", source: app);
            if (throwAfterwards)
            {
                app.QueueGlobalTask(TaskSource.Timer, () => throw new InvalidOperationException("boom"), "throwing task");
            }
        }, "load");
    });

    /// <summary>A page that posts itself a message every 100 ms, forever.</summary>
    public static CoreScenarioRunner Ticker() => new((browser, request) =>
    {
        var app = browser.OpenWindow(request.Site.Entry.Href);
        var count = 0;
        app.AddEventListener("message", _ => request.Events.Console(app, Log("log", ConsoleLogLevel.Log, "tick " + ++count)));
        browser.EventLoop.SetInterval(() => app.PostMessage(count, "*", source: app), 100, app, "ticker");
    });

    /// <summary>
    /// A page that listens on a port with addEventListener but never calls start(): the message
    /// posted to it stays in the port's queue, and the run ends with it pending.
    /// </summary>
    public static CoreScenarioRunner UnstartedPort() => new((browser, request) =>
    {
        var app = browser.OpenWindow(request.Site.Entry.Href);
        var channel = new MessageChannel(app);
        channel.Port2.AddEventListener("message", _ => request.Events.Console(app, Log("log", ConsoleLogLevel.Log, "never")));
        channel.Port1.PostMessage("never read");
        request.Events.Load(app);
    });

    /// <summary>A console message as a page's console.METHOD(text) call would make it.</summary>
    public static ConsoleMessage Log(string method, ConsoleLogLevel level, string text) => new(method, level, text, 1);
}
