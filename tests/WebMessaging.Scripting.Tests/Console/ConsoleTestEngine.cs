using Jint;
using WebMessaging.Scripting.Console;

namespace WebMessaging.Scripting.Tests.Console;

/// <summary>A Jint engine with a console whose messages are collected, on a virtual clock.</summary>
internal sealed class ConsoleTestEngine
{
    public ConsoleTestEngine()
    {
        Engine = new Engine(options =>
        {
            options.RetainFunctionSourceText = true;
            options.TimeZone = TimeZoneInfo.Utc;
        });
        Console = JsConsole.Install(Engine, Messages.Add, new JsConsoleOptions { Clock = () => Now });
    }

    public Engine Engine { get; }

    public JsConsole Console { get; }

    public List<ConsoleMessage> Messages { get; } = [];

    public double Now { get; set; }

    /// <summary>Runs <paramref name="script"/> and returns the messages it printed.</summary>
    public IReadOnlyList<ConsoleMessage> Run(string script, string source = "https://a.test/page.js")
    {
        Messages.Clear();
        Engine.Execute(script, source);
        return Messages.ToArray();
    }

    /// <summary>Logs <paramref name="argumentList"/> (JavaScript source of console.log's arguments) and returns the one line printed.</summary>
    public string Log(string argumentList)
    {
        var messages = Run("console.log(" + argumentList + ");");
        Assert.Single(messages);
        return messages[0].Text;
    }
}
