using WebMessaging.Appsmith.Runtime;

namespace WebMessaging.Appsmith.Tests.Runtime;

public sealed class BindingTemplateTests
{
    [Fact]
    public void Parse_TextWithoutBraces_IsNoBinding() => Assert.Null(BindingTemplate.Parse("plain {text}"));

    [Fact]
    public void Parse_ExactlyOneExpression_IsPure()
    {
        var template = BindingTemplate.Parse("{{ Input1.text }}")!;

        Assert.True(template.IsPure);
        Assert.Equal(" Input1.text ", template.Segments[0].Text);
    }

    [Fact]
    public void Parse_ObjectLiteralAndBracesInStrings_StayInsideTheExpression()
    {
        var template = BindingTemplate.Parse("a {{ {x: '}}'}.x }} b")!;

        Assert.False(template.IsPure);
        Assert.Equal([("a ", false), (" {x: '}}'}.x ", true), (" b", false)], template.Segments.Select(s => (s.Text, s.IsCode)));
    }

    [Fact]
    public void Parse_UnclosedBraces_StayText() => Assert.Null(BindingTemplate.Parse("{{ never closed"));

    [Fact]
    public void TriggerBody_JoinsEveryCodePart()
    {
        var template = BindingTemplate.Parse("{{storeValue('a', 1)}} and {{showAlert('b')}}")!;

        Assert.Equal("storeValue('a', 1);\nshowAlert('b');\n", template.TriggerBody());
    }
}
