using CsCheck;

namespace WebMessaging.Tests.Fuzzing;

/// <summary>
/// What every fuzz target shares: a bounded time budget (the whole fuzz set stays well under two
/// minutes in CI), a deadline that turns a hang into a failure, and byte-level mutations.
/// </summary>
internal static class Fuzz
{
    /// <summary>Seconds each fuzz target samples for: 3, or the WEBMESSAGING_FUZZ_SECONDS environment variable (for a longer run by hand).</summary>
    public static readonly int Seconds =
        int.TryParse(Environment.GetEnvironmentVariable("WEBMESSAGING_FUZZ_SECONDS"), out int seconds) && seconds > 0 ? seconds : 3;

    /// <summary>How long one fuzz target may take in all before it counts as hung.</summary>
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(Seconds + 30);

    /// <summary>Samples <paramref name="gen"/> for <see cref="Seconds"/> seconds; fails when <paramref name="assert"/> fails or the run hangs.</summary>
    public static void Run<T>(Gen<T> gen, Action<T> assert, Func<T, string>? print = null)
    {
        var run = Task.Run(() => gen.Sample(assert, time: Seconds, threads: 1, print: print));
        Assert.True(run.Wait(Deadline), $"The fuzz target did not finish within {Deadline}: an input made it hang.");
        run.GetAwaiter().GetResult();
    }

    /// <summary>Runs <paramref name="action"/>, letting through no exception but <typeparamref name="TAllowed"/> (the target's documented error); returns whether it succeeded.</summary>
    public static bool OnlyThrows<TAllowed>(Action action, string input)
        where TAllowed : Exception
    {
        try
        {
            action();
            return true;
        }
        catch (TAllowed)
        {
            return false;
        }
        catch (Exception unexpected)
        {
            throw new Xunit.Sdk.XunitException($"Input {input} threw {unexpected.GetType().FullName} instead of {typeof(TAllowed).Name}: {unexpected}");
        }
    }

    /// <summary>Up to <paramref name="maxEdits"/> random edits of bytes: flips, overwrites with edge values, insertions, deletions, truncation, duplicated runs.</summary>
    public static Gen<byte[]> Mutations(Gen<byte[]> valid, int maxEdits = 4) =>
        Gen.Select(valid, Gen.Select(Gen.Int[0, 6], Gen.Int[0, int.MaxValue], Gen.Byte).Array[1, maxEdits], Apply);

    /// <summary>The same edits over the UTF-16 units of a string (e.g. a URL).</summary>
    public static Gen<string> Mutations(Gen<string> valid, Gen<char> inserted, int maxEdits = 4) =>
        Gen.Select(valid, Gen.Select(Gen.Int[0, 4], Gen.Int[0, int.MaxValue], inserted).Array[1, maxEdits], (text, edits) =>
        {
            var chars = new List<char>(text);
            foreach (var (kind, where, c) in edits)
            {
                int at = chars.Count == 0 ? 0 : where % (chars.Count + 1);
                switch (kind)
                {
                    case 0:
                        chars.Insert(at, c);
                        break;
                    case 1 when at < chars.Count:
                        chars[at] = c;
                        break;
                    case 2 when at < chars.Count:
                        chars.RemoveAt(at);
                        break;
                    case 3:
                        chars.InsertRange(at, chars.GetRange(0, Math.Min(chars.Count, 8)));
                        break;
                    default:
                        chars.RemoveRange(at, chars.Count - at);
                        break;
                }
            }

            return new string([.. chars]);
        });

    private static byte[] Apply(byte[] bytes, (int Kind, int Where, byte Value)[] edits)
    {
        var result = new List<byte>(bytes);
        foreach (var (kind, where, value) in edits)
        {
            int at = result.Count == 0 ? 0 : where % (result.Count + 1);
            switch (kind)
            {
                case 0 when at < result.Count:
                    result[at] ^= (byte)(1 << (value & 7));
                    break;
                case 1 when at < result.Count:
                    result[at] = (value & 3) switch { 0 => 0x00, 1 => 0xFF, 2 => 0x7F, _ => 0x80 };
                    break;
                case 2:
                    result.Insert(at, value);
                    break;
                case 3 when at < result.Count:
                    result.RemoveAt(at);
                    break;
                case 4:
                    result.RemoveRange(at, result.Count - at);
                    break;
                case 5:
                    result.InsertRange(at, result.GetRange(at, Math.Min(result.Count - at, 1 + (value & 15))));
                    break;
                default:
                    // A large varuint where a count or length is expected.
                    result.InsertRange(at, [0xFF, 0xFF, 0xFF, 0xFF, 0x07]);
                    break;
            }
        }

        return [.. result];
    }
}
