using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Tests.Systems;

public sealed class SystemIdentifierTests
{
    [Theory]
    [InlineData("https://peak.my.site.com/peak/s/benefit-information", SupportSystems.Peak)]
    [InlineData("peak.my.site.com/peak/s/afb-welcome?language=en_US", SupportSystems.Peak)]
    [InlineData("HTTPS://PEAK.MY.SITE.COM/", SupportSystems.Peak)]
    [InlineData("https://peak.my.site.com./peak/s/mail-center", SupportSystems.Peak)]
    [InlineData("https://co.gov/PEAK", SupportSystems.Peak)]
    [InlineData("colorado.gov/peak", SupportSystems.Peak)]
    [InlineData("https://www.colorado.gov/PEAK/apply", SupportSystems.Peak)]
    [InlineData("https://connectforhealthco.com/", SupportSystems.ConnectForHealth)]
    [InlineData("connectforhealthco.com", SupportSystems.ConnectForHealth)]
    [InlineData("prd.connectforhealthco.com/login-portal/login", SupportSystems.ConnectForHealth)]
    [InlineData("https://prd.connectforhealthco.com/assistnet-portal/", SupportSystems.ConnectForHealth)]
    [InlineData("https://www.connectforhealthco.com/broker-portal/", SupportSystems.ConnectForHealth)]
    [InlineData("https://co.gov/other-page", SupportSystems.Unknown)]
    [InlineData("https://peak.colorado.gov/", SupportSystems.Unknown)]
    [InlineData("https://example.org/peak", SupportSystems.Unknown)]
    public void Identify_Address_ReturnsSystem(string address, string expected)
    {
        var match = CreateIdentifier().Identify(address);

        Assert.Equal(expected, match.System);
    }

    // An answer to the question that asks for the system reads short names in any case. Other text
    // needs them capitalized, so "peak hours" names nothing.
    [Theory]
    [InlineData("peak mail center", true, SupportSystems.Peak)]
    [InlineData("peak mail center", false, SupportSystems.Unknown)]
    [InlineData("PEAK mail center", false, SupportSystems.Peak)]
    [InlineData("peak", true, SupportSystems.Peak)]
    [InlineData("ses", true, SupportSystems.Peak)]
    [InlineData("MyPEAK app on android", false, SupportSystems.Peak)]
    [InlineData("mypeak", true, SupportSystems.Peak)]
    [InlineData("c4hco", true, SupportSystems.ConnectForHealth)]
    [InlineData("we were busy at peak hours", false, SupportSystems.Unknown)]
    public void Identify_SystemName_ReadsCaseAsAsked(string text, bool anyCase, string expected)
    {
        var match = CreateIdentifier().Identify(text, anyCase);

        Assert.Equal(expected, match.System);
        Assert.False(match.FromAddress);
    }

    [Theory]
    [InlineData("https://coloradopeak.secure.force.com/")]
    [InlineData("coloradopeak.force.com/PEAK/Home")]
    public void Identify_OldPeakHost_ReturnsPeakAsOldBookmark(string address)
    {
        var match = CreateIdentifier().Identify(address);

        Assert.Equal(SupportSystems.Peak, match.System);
        Assert.True(match.IsOldBookmark);
    }

    [Fact]
    public void Identify_CurrentPeakHost_IsNotOldBookmark()
    {
        var match = CreateIdentifier().Identify("https://peak.my.site.com/");

        Assert.False(match.IsOldBookmark);
    }

    [Theory]
    [InlineData("https://connectforhealthco.com.evil.example/login")]
    [InlineData("https://peak.my.site.com.example.org/")]
    [InlineData("https://connectforhea1thco.com/")]
    [InlineData("https://coloradopeak-secure-force.com/")]
    [InlineData("https://peak.my.site.com@evil.example/")]
    [InlineData("https://connectforhealthco.net/")]
    [InlineData("https://conectforhealthco.com/")]
    [InlineData("https://connectforhealthcо.com/")]
    public void Identify_LookAlike_ReturnsUnknownLookAlike(string address)
    {
        var match = CreateIdentifier().Identify(address);

        Assert.Equal(SupportSystems.Unknown, match.System);
        Assert.True(match.IsLookAlike);
        Assert.NotNull(match.Reason);
    }

    [Theory]
    [InlineData("htps://peak.my.site.con/peak/s/afb-welcome")]
    [InlineData("hhtps://peak.my.site.con/")]
    [InlineData("https:/peak.my.site.con/")]
    [InlineData("http//connectforheathco.com/")]
    public void Identify_MistypedSchemeAndLookAlikeHost_ReturnsLookAlike(string address)
    {
        var match = CreateIdentifier().Identify(address);

        Assert.Equal(SupportSystems.Unknown, match.System);
        Assert.True(match.IsLookAlike);
    }

    [Theory]
    [InlineData("htps://peak.my.site.com/peak/s/afb-welcome", SupportSystems.Peak)]
    [InlineData("HTTP:/connectforhealthco.com/", SupportSystems.ConnectForHealth)]
    [InlineData("ttps://peak.my.site.com/", SupportSystems.Peak)]
    public void Identify_MistypedScheme_ReadsTheHost(string address, string expected)
    {
        var match = CreateIdentifier().Identify(address);

        Assert.Equal(expected, match.System);
        Assert.True(match.FromAddress);
    }

    [Theory]
    [InlineData("ftp://peak.my.site.com/")]
    [InlineData("file://peak.my.site.com/")]
    public void IdentifyAddress_OtherScheme_IsNoWebAddress(string address)
    {
        Assert.Null(CreateIdentifier().IdentifyAddress(address));
    }

    [Theory]
    [InlineData("https://example.org/")]
    [InlineData("https://healthfirstcolorado.gov/")]
    [InlineData("https://peak.colorado.gov/")]
    public void Identify_UnrelatedHost_IsNotLookAlike(string address)
    {
        var match = CreateIdentifier().Identify(address);

        Assert.False(match.IsLookAlike);
    }

    [Fact]
    public void Identify_UserInfoTrick_ReportsRealHost()
    {
        var match = CreateIdentifier().Identify("https://peak.my.site.com@evil.example/");

        Assert.Equal("evil.example", match.Host);
    }

    [Fact]
    public void Identify_UnreliablePeakHost_GivesReason()
    {
        var match = CreateIdentifier().Identify("peak.colorado.gov");

        Assert.Contains("unreliable", match.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PEAK keeps logging us out", SupportSystems.Peak)]
    [InlineData("The SES page shows an error", SupportSystems.Peak)]
    [InlineData("Uploading through the MyCOBenefits app fails", SupportSystems.Peak)]
    [InlineData("Connect for Health shows an error", SupportSystems.ConnectForHealth)]
    [InlineData("C4HCO will not let us sign in", SupportSystems.ConnectForHealth)]
    [InlineData("Colorado Connect enrollment is stuck", SupportSystems.ConnectForHealth)]
    [InlineData("We hit a peak in calls today", SupportSystems.Unknown)]
    [InlineData("Nothing named here", SupportSystems.Unknown)]
    [InlineData("Not sure if this is a Connect for Health problem or a PEAK problem", SupportSystems.Unknown)]
    public void Identify_Text_ReturnsNamedSystem(string text, string expected)
    {
        var match = CreateIdentifier().Identify(text);

        Assert.Equal(expected, match.System);
    }

    [Fact]
    public void Identify_TextWithAddress_AddressDecidesOverName()
    {
        var match = CreateIdentifier().Identify("PEAK sent us to prd.connectforhealthco.com/login-portal/login and it failed");

        Assert.Equal(SupportSystems.ConnectForHealth, match.System);
        Assert.True(match.FromAddress);
    }

    [Fact]
    public void Identify_TextWithEmailAddress_DoesNotReadItAsWebAddress()
    {
        var match = CreateIdentifier().Identify("Her email is test.client@example.org and PEAK fails");

        Assert.Equal(SupportSystems.Peak, match.System);
        Assert.False(match.FromAddress);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Identify_Empty_ReturnsUnknown(string? input)
    {
        var match = CreateIdentifier().Identify(input);

        Assert.Equal(SupportSystems.Unknown, match.System);
    }

    [Fact]
    public void IdentifyAddress_NotAnAddress_ReturnsNull()
    {
        Assert.Null(CreateIdentifier().IdentifyAddress("javascript:alert(1)"));
    }

    private static SystemIdentifier CreateIdentifier() => new(TestContent.Content);
}
