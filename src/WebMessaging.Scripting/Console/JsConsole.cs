using System.Globalization;
using Jint;
using Jint.Native;
using Jint.Runtime;
using Jint.Runtime.Descriptors;
using Jint.Runtime.Interop;

namespace WebMessaging.Scripting.Console;

/// <summary>
/// The <c>console</c> namespace (https://console.spec.whatwg.org/) installed on one Jint engine's global:
/// each call that prints becomes one <see cref="ConsoleMessage"/> handed to a sink.
/// </summary>
public sealed class JsConsole
{
    private const string DefaultLabel = "default";

    private readonly Engine _engine;
    private readonly Action<ConsoleMessage> _sink;
    private readonly JsConsoleOptions _options;
    private readonly Dictionary<string, int> _countMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> _timerTable = new(StringComparer.Ordinal);
    private int _groupDepth;

    private JsConsole(Engine engine, Action<ConsoleMessage> sink, JsConsoleOptions options)
    {
        _engine = engine;
        _sink = sink;
        _options = options;
        Formatter = new ConsoleFormatter(engine);
    }

    /// <summary>The formatter that turns console arguments into text.</summary>
    public ConsoleFormatter Formatter { get; }

    /// <summary>How many console groups are open.</summary>
    public int GroupDepth => _groupDepth;

    /// <summary>Installs a <c>console</c> object on <paramref name="engine"/>'s global that sends each printed line to <paramref name="sink"/>.</summary>
    public static JsConsole Install(Engine engine, Action<ConsoleMessage> sink, JsConsoleOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(sink);
        options ??= new JsConsoleOptions();
        if (options.Clock is null)
        {
            throw new ArgumentException("JsConsoleOptions.Clock must not be null.", nameof(options));
        }

        var console = new JsConsole(engine, sink, options);
        var namespaceObject = new JsObject(engine);
        console.Define(namespaceObject, "log", args => console.Logger("log", ConsoleLogLevel.Log, args));
        console.Define(namespaceObject, "info", args => console.Logger("info", ConsoleLogLevel.Info, args));
        console.Define(namespaceObject, "warn", args => console.Logger("warn", ConsoleLogLevel.Warn, args));
        console.Define(namespaceObject, "error", args => console.Logger("error", ConsoleLogLevel.Error, args));
        console.Define(namespaceObject, "debug", args => console.Logger("debug", ConsoleLogLevel.Debug, args));
        console.Define(namespaceObject, "assert", console.Assert);
        console.Define(namespaceObject, "trace", console.Trace);
        console.Define(namespaceObject, "table", console.Table);
        console.Define(namespaceObject, "dir", console.Dir);
        console.Define(namespaceObject, "dirxml", args => console.Logger("dirxml", ConsoleLogLevel.Log, args));
        console.Define(namespaceObject, "group", args => console.Group("group", args));
        console.Define(namespaceObject, "groupCollapsed", args => console.Group("groupCollapsed", args));
        console.Define(namespaceObject, "groupEnd", _ => console.GroupEnd());
        console.Define(namespaceObject, "count", console.Count);
        console.Define(namespaceObject, "countReset", console.CountReset);
        console.Define(namespaceObject, "time", console.Time);
        console.Define(namespaceObject, "timeLog", console.TimeLog);
        console.Define(namespaceObject, "timeEnd", console.TimeEnd);
        console.Define(namespaceObject, "clear", _ => console.Clear());

        // Web IDL namespaces are writable, configurable and not enumerable on the global.
        engine.Global.FastSetProperty("console", new PropertyDescriptor(namespaceObject, writable: true, enumerable: false, configurable: true));
        return console;
    }

    private void Define(JsObject target, string name, Action<JsValue[]> operation)
    {
        var function = new ClrFunction(_engine, name, (_, args) =>
        {
            operation(args);
            return JsValue.Undefined;
        });
        target.FastSetProperty(name, new PropertyDescriptor(function, writable: true, enumerable: true, configurable: true));
    }

    // https://console.spec.whatwg.org/#logger
    private void Logger(string method, ConsoleLogLevel level, JsValue[] args, int argumentCount = -1)
    {
        // "1. If args is empty, return."
        if (args.Length == 0)
        {
            return;
        }

        // "2. Let first be args[0]." "3. Let rest be all elements following first in args."
        // "4. If rest is empty, perform Printer(logLevel, « first ») and return."
        // "5. Otherwise, perform Printer(logLevel, Formatter(args))."
        Print(method, level, Formatter.Format(args), argumentCount < 0 ? args.Length : argumentCount);
    }

    // https://console.spec.whatwg.org/#printer
    // "The output produced by calls to Printer should appear only within the last group on the
    // appropriate group stack": the message carries the depth; ConsoleMessage.IndentedText indents it.
    private void Print(string method, ConsoleLogLevel level, string text, int argumentCount) =>
        _sink(new ConsoleMessage(method, level, text, argumentCount, _groupDepth, _options.CaptureLocation ? CallerLocation() : null));

    // https://console.spec.whatwg.org/#assert
    private void Assert(JsValue[] args)
    {
        // "1. If condition is true, return."
        if (args.Length > 0 && TypeConverter.ToBoolean(args[0]))
        {
            return;
        }

        // "2. Let message be a string without any formatting specifiers indicating generically an
        // assertion failure (such as "Assertion failed")."
        const string message = "Assertion failed";
        var data = args.Length > 1 ? args[1..] : [];
        if (data.Length == 0)
        {
            // "3. If data is empty, append message to data."
            // IMPLEMENTATION DEFINED: Chromium prints "Assertion failed: console.assert" here.
            data = [new JsString(message + ": console.assert")];
        }
        else if (data[0] is not JsString first)
        {
            // "4.2. If Type(first) is not String, then prepend message to data."
            data = [new JsString(message + ":"), .. data];
        }
        else
        {
            // "4.3.1. Let concat be the concatenation of message, U+003A (:), U+0020 SPACE, and first."
            // "4.3.2. Set data[0] to concat."
            data[0] = new JsString(message + ": " + first);
        }

        // "5. Perform Logger("assert", data)."
        Logger("assert", ConsoleLogLevel.Error, data, args.Length);
    }

    // https://console.spec.whatwg.org/#trace
    private void Trace(JsValue[] data)
    {
        // "Optionally, let formattedData be the result of Formatter(data), and incorporate
        // formattedData as a label for trace." "Perform Printer("trace", « trace »)."
        // FIXME: "Let trace be some implementation-defined, potentially-interactive representation of
        // the callstack from where this function was called." (only the label is printed; the
        // location of the call is on the message)
        Print("trace", ConsoleLogLevel.Log, data.Length == 0 ? "console.trace" : Formatter.Format(data), data.Length);
    }

    // https://console.spec.whatwg.org/#table
    private void Table(JsValue[] args)
    {
        // "Try to construct a table with the columns of the properties of tabularData (or use
        // properties) and rows of tabularData and log it with a logLevel of "log". Fall back to just
        // logging the argument if it can't be parsed as tabular."
        // IMPLEMENTATION DEFINED: a one-line console always falls back to logging tabularData.
        if (args.Length > 0)
        {
            Logger("table", ConsoleLogLevel.Log, [args[0]], args.Length);
        }
    }

    // https://console.spec.whatwg.org/#dir
    private void Dir(JsValue[] args)
    {
        // "1. Let object be item with generic JavaScript object formatting applied."
        // "2. Perform Printer("dir", « object », options)."
        var item = args.Length > 0 ? args[0] : JsValue.Undefined;
        Print("dir", ConsoleLogLevel.Log, Formatter.FormatGeneric(item), args.Length);
    }

    // https://console.spec.whatwg.org/#group
    private void Group(string method, JsValue[] data)
    {
        // "2. If data is not empty, let groupLabel be the result of Formatter(data). Otherwise, let
        // groupLabel be an implementation-chosen label representing a group."
        var label = data.Length > 0 ? Formatter.Format(data) : "console." + method;

        // "5. Perform Printer("group", « group »)."
        Print(method, ConsoleLogLevel.Log, label, data.Length);

        // "6. Push group onto the appropriate group stack."
        _groupDepth++;
    }

    // https://console.spec.whatwg.org/#groupend
    private void GroupEnd()
    {
        // "1. Pop the last group from the group stack."
        if (_groupDepth > 0)
        {
            _groupDepth--;
        }
    }

    // https://console.spec.whatwg.org/#clear
    private void Clear()
    {
        // "1. Empty the appropriate group stack."
        _groupDepth = 0;

        // "2. If possible for the environment, clear the console. (Otherwise, do nothing.)"
        // A message sink cannot be cleared, so nothing more happens.
    }

    // https://console.spec.whatwg.org/#count
    private void Count(JsValue[] args)
    {
        var label = Label(args);

        // "2. If map[label] exists, set map[label] to map[label] + 1."
        // "3. Otherwise, set map[label] to 1."
        var count = _countMap.TryGetValue(label, out var previous) ? previous + 1 : 1;
        _countMap[label] = count;

        // "4. Let concat be the concatenation of label, U+003A (:), U+0020 SPACE, and ToString(map[label])."
        // "5. Perform Logger("count", « concat »)."
        Print("count", ConsoleLogLevel.Info, label + ": " + count.ToString(CultureInfo.InvariantCulture), args.Length);
    }

    // https://console.spec.whatwg.org/#countreset
    private void CountReset(JsValue[] args)
    {
        var label = Label(args);

        // "2. If map[label] exists, set map[label] to 0."
        if (_countMap.ContainsKey(label))
        {
            _countMap[label] = 0;
            return;
        }

        // "3.1. Let message be a string without any formatting specifiers indicating generically
        // that the given label does not have an associated count."
        // "3.2. Perform Logger("countReset", « message »);"
        Print("countReset", ConsoleLogLevel.Warn, "Count for '" + label + "' does not exist", args.Length);
    }

    // https://console.spec.whatwg.org/#time
    private void Time(JsValue[] args)
    {
        var label = Label(args);

        // "1. If the associated timer table contains an entry with key label, return, optionally
        // reporting a warning to the console indicating that a timer with label label has already been started."
        if (_timerTable.ContainsKey(label))
        {
            Print("time", ConsoleLogLevel.Warn, "Timer '" + label + "' already exists", args.Length);
            return;
        }

        // "2. Otherwise, set the value of the entry with key label in the associated timer table to the current time."
        _timerTable[label] = _options.Clock();
    }

    // https://console.spec.whatwg.org/#timelog
    private void TimeLog(JsValue[] args)
    {
        var label = Label(args);

        // "2. Let startTime be timerTable[label]."
        if (!_timerTable.TryGetValue(label, out var startTime))
        {
            // IMPLEMENTATION DEFINED: Chromium warns about an unknown label (whatwg/console#134).
            Print("timeLog", ConsoleLogLevel.Warn, "Timer '" + label + "' does not exist", args.Length);
            return;
        }

        // "3. Let duration be a string representing the difference between the current time and startTime"
        // "4. Let concat be the concatenation of label, U+003A (:), U+0020 SPACE, and duration."
        // "5. Prepend concat to data." "6. Perform Printer("timeLog", data)."
        JsValue[] data = [new JsString(label + ": " + Duration(startTime)), .. args.Length > 1 ? args[1..] : []];
        Print("timeLog", ConsoleLogLevel.Log, Formatter.Format(data), args.Length);
    }

    // https://console.spec.whatwg.org/#timeend
    private void TimeEnd(JsValue[] args)
    {
        var label = Label(args);

        // "2. Let startTime be timerTable[label]."
        if (!_timerTable.TryGetValue(label, out var startTime))
        {
            // IMPLEMENTATION DEFINED: Chromium warns about an unknown label (whatwg/console#134).
            Print("timeEnd", ConsoleLogLevel.Warn, "Timer '" + label + "' does not exist", args.Length);
            return;
        }

        // "3. Remove timerTable[label]."
        _timerTable.Remove(label);

        // "4. Let duration be a string representing the difference between the current time and startTime"
        // "5. Let concat be the concatenation of label, U+003A (:), U+0020 SPACE, and duration."
        // "6. Perform Printer("timeEnd", « concat »)."
        Print("timeEnd", ConsoleLogLevel.Info, label + ": " + Duration(startTime), args.Length);
    }

    // Chromium's duration format: the milliseconds as a JavaScript number, then " ms".
    private string Duration(double startTime) => TypeConverter.ToString(_options.Clock() - startTime) + " ms";

    // Web IDL: optional DOMString label = "default".
    private static string Label(JsValue[] args) =>
        args.Length == 0 || args[0].IsUndefined() ? DefaultLabel : TypeConverter.ToString(args[0]);

    // The first frame of Jint's stack trace is the script position of the call into the console.
    private ConsoleSourceLocation? CallerLocation()
    {
        var trace = _engine.Advanced.StackTrace;
        if (string.IsNullOrEmpty(trace))
        {
            return null;
        }

        var end = trace.IndexOf('\n', StringComparison.Ordinal);
        var frame = (end < 0 ? trace : trace[..end]).Trim();
        if (frame.StartsWith("at ", StringComparison.Ordinal))
        {
            frame = frame[3..];
        }

        if (frame.EndsWith(')') && frame.LastIndexOf(" (", StringComparison.Ordinal) is var open and >= 0)
        {
            frame = frame[(open + 2)..^1];
        }

        var columnColon = frame.LastIndexOf(':');
        var lineColon = columnColon > 0 ? frame.LastIndexOf(':', columnColon - 1) : -1;
        if (lineColon <= 0
            || !int.TryParse(frame.AsSpan(lineColon + 1, columnColon - lineColon - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || !int.TryParse(frame.AsSpan(columnColon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return null;
        }

        return new ConsoleSourceLocation(frame[..lineColon], line, column);
    }
}
