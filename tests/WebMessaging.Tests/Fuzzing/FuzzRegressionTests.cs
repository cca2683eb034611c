using WebMessaging.Origins;

namespace WebMessaging.Tests.Fuzzing;

/// <summary>Inputs the fuzz targets found that once crashed the code under test, each checked against node's URL parser.</summary>
public sealed class FuzzRegressionTests
{
    [Theory]
    [InlineData("https://\uD024n--nxasmq6-.ehttps://xample/", "https://xn--n--nxasmq6--6y43c.ehttps//xample/")]
    public void Parse_LabelWithHyphensInThirdAndFourthPositionAndAnEdgeHyphen_IsAcceptedAsNodeDoes(string input, string expected)
    {
        Assert.Equal(expected, Url.Parse(input).Href);
    }
}
