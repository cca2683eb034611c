using CsCheck;
using WebMessaging.Origins;

namespace WebMessaging.Tests.Origins;

public sealed class UrlPropertyTests
{
    [Fact]
    public void Parse_WithAnyIpv4NumberForm_SerializesDottedDecimal()
    {
        Gen.UInt.Sample(address =>
        {
            var dotted = $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}";

            Assert.Equal(dotted, Url.Parse($"http://{address}/").Host);
            Assert.Equal(dotted, Url.Parse($"http://0x{address:X}/").Host);
            Assert.Equal(dotted, Url.Parse($"http://0{Convert.ToString(address, 8)}/").Host);
            Assert.Equal(dotted, Url.Parse($"http://{address >> 24}.{address & 0xFFFFFF}/").Host);
        });
    }

    [Fact]
    public void Href_OfAnyParsedUrl_ParsesBackToItself()
    {
        var prefixes = Gen.OneOf("http://", "https:", "file:", "sc:", "sc://", "blob:", "about:", "ws:\\\\", "");
        var bodies = Gen.String[Gen.Char["aZ09.-_~%/\\?#@:[] \t^|\"<>`{}'ßü\u3002日\uD83D\uDE00"], 0, 24];
        var bases = Gen.OneOf<string?>(null, "https://base.example/a/b?q#f", "file:///C:/dir/", "sc://h/p");

        Gen.Select(prefixes, bodies, bases).Sample((prefix, body, baseHref) =>
        {
            var baseUrl = baseHref is null ? null : Url.Parse(baseHref);
            if (Url.TryParse(prefix + body, baseUrl, out var url))
            {
                Assert.Equal(url.Href, Url.Parse(url.Href).Href);
            }
        });
    }
}
