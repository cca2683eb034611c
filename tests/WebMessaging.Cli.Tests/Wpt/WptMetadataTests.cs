using WebMessaging.Cli.Wpt;

namespace WebMessaging.Cli.Tests.Wpt;

public sealed class WptMetadataTests
{
    [Fact]
    public void Parse_ReadsLeadingMetaLinesInOrder_AndStopsAtTheFirstOtherLine()
    {
        var metadata = WptMetadata.Parse("// META: script=/common/a.js\n//META:  title=T & <b>\r\n// META: timeout=long\n\n// META: script=late.js\ntest(() => {});");

        Assert.Equal(
            [new("script", "/common/a.js"), new("title", "T & <b>"), new("timeout", "long")],
            metadata.Entries);
        Assert.True(metadata.LongTimeout);
    }

    [Fact]
    public void Globals_WithoutAGlobalLine_AreWindowAndDedicatedWorker()
    {
        var globals = WptMetadata.Parse("test(() => {});").Globals;

        Assert.Equal(["dedicatedworker", "window"], globals.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Globals_WorkerShorthand_NamesTheThreeWorkerKinds()
    {
        var globals = WptMetadata.Parse("// META: global=window, worker\n").Globals;

        Assert.Equal(["dedicatedworker", "serviceworker", "sharedworker", "window"], globals.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Variants_ListEachVariantLine_OrOneEmptyVariant()
    {
        Assert.Equal(["?a", "?b"], WptMetadata.Parse("// META: variant=?a\n// META: variant=?b\n").Variants);
        Assert.Equal([""], WptMetadata.Parse("// META: timeout=normal\n").Variants);
        Assert.False(WptMetadata.Parse("// META: timeout=normal\n").LongTimeout);
    }
}
