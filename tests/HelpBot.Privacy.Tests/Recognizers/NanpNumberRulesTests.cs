using HelpBot.Privacy.Recognizers;
using System.Text.RegularExpressions;
using PhoneNumbers;

namespace HelpBot.Privacy.Tests.Recognizers;

public sealed class NanpNumberRulesTests
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    [Theory]
    [InlineData("(303) 555-0100", true)]
    [InlineData("720.555.0137", true)]
    [InlineData("1-800-555-0199", true)]
    [InlineData("13035550100", true)]
    [InlineData("(123) 456-7890", false)]
    [InlineData("303-055-0100", false)]
    [InlineData("23035550100", false)]
    [InlineData("303-555-010", false)]
    public void IsValid_KnownNumbers_MatchesThePlan(string value, bool expected) =>
        Assert.Equal(expected, RegexRetry.Run(() => NanpNumberRules.Instance.IsValid(value)));

    [Fact]
    public void IsValid_EveryAreaCode_SameAsLibphonenumber()
    {
        // The US and Canadian rules read the area code and the exchange's first digit. The other regions'
        // rules read the whole exchange, so their area codes get every exchange.
        var regionAreaCodes = new HashSet<int>(Util.GetRegionCodesForCountryCode(1)
            .Select(Util.GetMetadataForRegion)
            .Where(metadata => metadata.LeadingDigits.Length > 0)
            .SelectMany(metadata => Enumerable.Range(200, 800).Where(area => StartsRegion(metadata.LeadingDigits, area))));
        var disagreements = new List<string>();
        for (var area = 0; area < 1000; area++)
        {
            var step = regionAreaCodes.Contains(area) ? 1 : 10;
            for (var exchange = area % step; exchange < 1000; exchange += step)
            {
                Compare($"({area:D3}) {exchange:D3}-{(area * 7 + exchange) % 10000:D4}", disagreements);
            }
        }

        Assert.NotEmpty(regionAreaCodes);
        Assert.Empty(disagreements);
    }

    [Fact]
    public void IsValid_RandomNumbers_SameAsLibphonenumber()
    {
        var random = new Random(20261205);
        var disagreements = new List<string>();
        for (var i = 0; i < 20_000; i++)
        {
            var national = random.NextInt64(0, 10_000_000_000).ToString("D10");
            Compare(national, disagreements);
            Compare("1" + national, disagreements);
            Compare($"1-{national[..3]}-{national[3..6]}-{national[6..]}", disagreements);
        }

        Assert.Empty(disagreements);
    }

    // True when some number with the area code starts with the region's leading digits ("8001" for area code 800).
    private static bool StartsRegion(string leadingDigits, int area) =>
        Enumerable.Range(0, 10).Any(digit => Regex.IsMatch(
            $"{area:D3}{digit}000000", $"^(?:{leadingDigits})", RegexOptions.None, TimeSpan.FromSeconds(1)));

    private static void Compare(string value, List<string> disagreements)
    {
        bool expected;
        try
        {
            expected = Util.IsValidNumber(Util.Parse(value, "US"));
        }
        catch (NumberParseException)
        {
            expected = false;
        }

        if (RegexRetry.Run(() => NanpNumberRules.Instance.IsValid(value)) != expected)
        {
            disagreements.Add(value);
        }
    }
}
