using WebMessaging.Cli.Wpt;
using WebMessaging.Origins;

namespace WebMessaging.Cli.Tests.Wpt;

public sealed class WptSubstitutionTests
{
    private static readonly Url Page = Url.Parse("http://www.web-platform.test/a/b.sub.html?x=1&name=a%20b+c&x=2");

    [Theory]
    [InlineData("{{host}}", "web-platform.test")]
    [InlineData("{{domains[www]}}", "www.web-platform.test")]
    [InlineData("{{domains[www1]}}", "www1.web-platform.test")]
    [InlineData("{{domains[www2]}}", "www2.web-platform.test")]
    [InlineData("{{domains[]}}", "web-platform.test")]
    [InlineData("{{hosts[alt][]}}", "not-web-platform.test")]
    [InlineData("{{hosts[alt][www]}}", "www.not-web-platform.test")]
    [InlineData("{{hosts[][www1]}}", "www1.web-platform.test")]
    [InlineData("{{ports[http][0]}}", "80")]
    [InlineData("{{ports[https][0]}}", "443")]
    [InlineData("{{ports[http][1]}}", "8001")]
    [InlineData("{{location[server]}}", "http://www.web-platform.test:80")]
    [InlineData("{{location[host]}}", "www.web-platform.test:80")]
    [InlineData("{{location[hostname]}}", "www.web-platform.test")]
    [InlineData("{{location[scheme]}}", "http")]
    [InlineData("{{location[path]}}", "/a/b.sub.html")]
    [InlineData("{{location[query]}}", "?x=1&amp;name=a%20b+c&amp;x=2")]
    [InlineData("{{GET[x]}}", "1")]
    [InlineData("{{GET[name]}}", "a b c")]
    [InlineData("{{GET[missing]}}", "")]
    public void Apply_ReplacesEachKnownSubstitution(string template, string expected)
    {
        Assert.Equal("[" + expected + "]", WptSubstitution.Apply("[" + template + "]", Page));
    }

    [Fact]
    public void Apply_EscapesValuesForHtml()
    {
        var url = Url.Parse("http://web-platform.test/a.sub.html?q=%3Cb%3E%22%27%26");

        Assert.Equal("&lt;b&gt;&quot;&#x27;&amp;", WptSubstitution.Apply("{{GET[q]}}", url));
    }

    [Fact]
    public void Apply_RemembersVariables()
    {
        var text = WptSubstitution.Apply("{{$id:uuid()}}|{{$id}}", Page);

        var parts = text.Split('|');
        Assert.True(Guid.TryParse(parts[0], out _), text);
        Assert.Equal(parts[0], parts[1]);
    }

    [Fact]
    public void Apply_LeavesWhatItCannotSubstitute()
    {
        Assert.Equal("{{ports[ws][0]}} {{nothing}} {{ unclosed", WptSubstitution.Apply("{{ports[ws][0]}} {{nothing}} {{ unclosed", Page));
    }
}
