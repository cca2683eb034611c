using System.Text;
using Jint;
using Jint.Native;
using Jint.Runtime;

namespace WebMessaging.Scripting.Console;

/// <summary>
/// Turns the arguments of a console call into one line of text: the Console standard's Formatter
/// (format specifiers) followed by a Printer that writes each argument as Chromium's DevTools console
/// shows it collapsed (<c>{a: 1, b: 'x'}</c>, <c>(3) [1, 2, 3]</c>, <c>Map(1) {'a' =&gt; 1}</c>).
/// </summary>
public sealed class ConsoleFormatter
{
    private readonly Engine _engine;
    private readonly ConsoleValueRenderer _renderer;
    private readonly JsValue _string;
    private readonly JsValue _parseInt;
    private readonly JsValue _parseFloat;

    /// <summary>Creates a formatter for values of <paramref name="engine"/>, capturing its intrinsics before page scripts run.</summary>
    public ConsoleFormatter(Engine engine)
    {
        ArgumentNullException.ThrowIfNull(engine);
        _engine = engine;
        _renderer = new ConsoleValueRenderer(engine);
        _string = engine.Global.Get("String");
        _parseInt = engine.Global.Get("parseInt");
        _parseFloat = engine.Global.Get("parseFloat");
    }

    /// <summary>Formats the arguments of one console call, substituting format specifiers and joining the rest with spaces.</summary>
    public string Format(ReadOnlySpan<JsValue> arguments)
    {
        var output = new StringBuilder();
        AppendFormatted(output, arguments);
        return output.ToString();
    }

    /// <summary>Formats one value as a lone console argument: strings as they are, other values as Chromium's console shows them.</summary>
    public string FormatValue(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var output = new StringBuilder();
        _renderer.AppendTopLevel(output, value, quoteStrings: false);
        return output.ToString();
    }

    /// <summary>Formats one value as <c>%O</c> and <c>console.dir</c> show it: an object's description only.</summary>
    public string FormatGeneric(JsValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var output = new StringBuilder();
        _renderer.AppendGeneric(output, value);
        return output.ToString();
    }

    /// <summary>Appends the formatted arguments to <paramref name="output"/>.</summary>
    internal void AppendFormatted(StringBuilder output, ReadOnlySpan<JsValue> arguments)
    {
        if (arguments.IsEmpty)
        {
            return;
        }

        var next = 0;
        var firstIsString = arguments[0] is JsString;
        if (firstIsString)
        {
            next = AppendWithSpecifiers(output, arguments[0].ToString(), arguments[1..]) + 1;
        }

        // https://console.spec.whatwg.org/#printer
        // "implementations should separate the objects by a space or something similar"
        // IMPLEMENTATION DEFINED: as in DevTools, strings after a string first argument print as they
        // are, and strings after any other first argument print quoted.
        for (var i = next; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                output.Append(' ');
            }

            _renderer.AppendTopLevel(output, arguments[i], quoteStrings: !firstIsString);
        }
    }

    // https://console.spec.whatwg.org/#formatter
    // IMPLEMENTATION DEFINED: one left-to-right pass, as Chromium does, so text substituted for a
    // specifier is never scanned again; "%%" becomes "%" even without further arguments; "%_"
    // consumes an argument and prints nothing (a Chromium extension). Returns how many of
    // rest were consumed.
    private int AppendWithSpecifiers(StringBuilder output, string target, ReadOnlySpan<JsValue> rest)
    {
        var used = 0;
        var start = 0;
        for (var i = 0; i < target.Length - 1; i++)
        {
            if (target[i] != '%')
            {
                continue;
            }

            var specifier = target[i + 1];
            if (specifier == '%')
            {
                output.Append(target, start, i - start).Append('%');
                start = i + 2;
                i++;
                continue;
            }

            if ("sdifoOc_".IndexOf(specifier, StringComparison.Ordinal) < 0 || used == rest.Length)
            {
                // "Find the first possible format specifier specifier": others stay text, and so does
                // a specifier left without an argument (the Formatter stops when args runs out).
                continue;
            }

            output.Append(target, start, i - start);
            // "Let current be the second element of args."
            var current = rest[used++];
            switch (specifier)
            {
                case 's':
                    // "If specifier is %s, let converted be the result of Call(%String%, undefined, « current »)."
                    output.Append(_engine.Call(_string, JsValue.Undefined, [current]).ToString());
                    break;
                case 'd':
                case 'i':
                    // "If Type(current) is Symbol, let converted be NaN"
                    // "Otherwise, let converted be the result of Call(%parseInt%, undefined, « current, 10 »)."
                    ConsoleValueRenderer.AppendPrimitive(output, current is JsSymbol
                        ? JsNumber.Create(double.NaN)
                        : _engine.Call(_parseInt, JsValue.Undefined, [current, 10]));
                    break;
                case 'f':
                    // "If Type(current) is Symbol, let converted be NaN"
                    // "Otherwise, let converted be the result of Call(%parseFloat%, undefined, « current »)."
                    ConsoleValueRenderer.AppendPrimitive(output, current is JsSymbol
                        ? JsNumber.Create(double.NaN)
                        : _engine.Call(_parseFloat, JsValue.Undefined, [current]));
                    break;
                case 'o':
                    // "If specifier is %o, optionally let converted be current with optimally useful formatting applied."
                    _renderer.AppendTopLevel(output, current, quoteStrings: true);
                    break;
                case 'O':
                    // "If specifier is %O, optionally let converted be current with generic JavaScript object formatting applied."
                    _renderer.AppendGeneric(output, current);
                    break;
                case 'c':
                    // "TODO: process %c"
                    // IMPLEMENTATION DEFINED: the CSS is consumed and dropped, as a text console has no styles.
                    break;
                default:
                    // "%_": Chromium consumes the argument and prints nothing.
                    break;
            }

            start = i + 2;
            i++;
        }

        output.Append(target, start, target.Length - start);
        return used;
    }
}
