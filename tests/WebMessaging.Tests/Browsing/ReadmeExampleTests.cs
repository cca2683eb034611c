using WebMessaging.Browsing;
using WebMessaging.Messaging;

namespace WebMessaging.Tests.Browsing;

public sealed class ReadmeExampleTests
{
    [Fact]
    public async Task ReadmeExample_PrintsTheDeliveryAndTheDroppedMessage()
    {
        // The README's example, with Console replaced by a writer.
        var output = new StringWriter { NewLine = "\n" };
        await using var browser = new Browser();
        var app = browser.OpenWindow("https://app.example/");
        var widget = browser.CreateFrame(app, "https://widget.example/");
        widget.AddEventListener("message", e => output.WriteLine($"widget got {((MessageEvent)e).Data} from {((MessageEvent)e).Origin}"));
        var channel = new MessageChannel(app);
        widget.PostMessage("hello", "https://widget.example", [channel.Port2], source: app);
        widget.PostMessage("secret", "https://evil.example", source: app);   // dropped at delivery: wrong origin
        browser.RunUntilIdle();
        foreach (var e in browser.Trace.Entries) output.WriteLine($"{e.Event,-9} #{e.MessageId} {e.TargetOrigin} {e.DropReason}");

        Assert.Equal(
            """
            widget got hello from https://app.example
            Posted    #1 https://widget.example None
            Posted    #2 https://evil.example None
            Delivered #1 https://widget.example None
            Dropped   #2 https://evil.example OriginMismatch

            """,
            output.ToString());
    }
}
