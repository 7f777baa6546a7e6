using HelpBot.Privacy.Redaction;

namespace HelpBot.Privacy.Tests.Redaction;

public sealed class PiiRedactorTests
{
    private readonly PiiRedactor _redactor = new();

    [Theory]
    [InlineData(PiiCategories.USSocialSecurityNumber, "SSN 078-05-1120 ok", 4, 11, "SSN [SSN] ok")]
    [InlineData(PiiCategories.PhoneNumber, "call 303-555-0100", 5, 12, "call [PHONE]")]
    [InlineData(PiiCategories.Email, "test.client@example.org", 0, 23, "[EMAIL]")]
    [InlineData(PiiCategories.Person, "Client is Dana Testperson.", 10, 15, "Client is [NAME].")]
    [InlineData(PiiCategories.DateOfBirth, "DOB 01/01/1900", 4, 10, "DOB [DOB]")]
    [InlineData(PiiCategories.AlienRegistrationNumber, "A123456789", 0, 10, "[A-NUMBER]")]
    [InlineData(PiiCategories.MedicaidId, "ID A123456", 3, 7, "ID [MEDICAID ID]")]
    [InlineData(PiiCategories.HealthInformation, "missing seizure meds", 8, 12, "missing [HEALTH INFO]")]
    [InlineData(PiiCategories.Address, "at 123 Main St", 3, 11, "at [ADDRESS]")]
    [InlineData(PiiCategories.Password, "pw: fakepass", 4, 8, "pw: [PASSWORD]")]
    public void Redact_Remove_WritesTypedPlaceholder(string category, string text, int offset, int length, string expected)
    {
        var result = _redactor.Redact(text, [CreateFinding(category, offset, length)], RedactionDecision.Remove);

        Assert.Equal(expected, result);
    }

    [Theory]
    [InlineData("SSN 078-05-1120", 4, 11, "SSN ***-**-1120")]
    [InlineData("call 303-555-0100", 5, 12, "call ***-***-0100")]
    [InlineData("ID A123456", 3, 7, "ID *******")]
    public void Redact_Mask_KeepsLastFourAndSeparators(string text, int offset, int length, string expected)
    {
        var result = _redactor.Redact(text, [CreateFinding(PiiCategories.USSocialSecurityNumber, offset, length)], RedactionDecision.Mask);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Redact_Keep_LeavesTextUnchanged()
    {
        const string text = "Client is Dana Testperson.";

        var result = _redactor.Redact(text, [CreateFinding(PiiCategories.Person, 10, 15)], RedactionDecision.Keep);

        Assert.Equal(text, result);
    }

    [Theory]
    [InlineData(RedactionDecision.Keep)]
    [InlineData(RedactionDecision.Mask)]
    public void Redact_PasswordWithOtherDecision_StillRemoves(RedactionDecision decision)
    {
        var result = _redactor.Redact("pw: fakepass1", [CreateFinding(PiiCategories.Password, 4, 9)], decision);

        Assert.Equal("pw: [PASSWORD]", result);
    }

    [Fact]
    public void Redact_PerFindingDecisions_AppliesEachDecision()
    {
        const string text = "Dana Testperson 303-555-0100 test@example.org";
        PiiFinding[] findings =
        [
            CreateFinding(PiiCategories.Person, 0, 15),
            CreateFinding(PiiCategories.PhoneNumber, 16, 12),
            CreateFinding(PiiCategories.Email, 29, 16),
        ];

        var result = _redactor.Redact(text, findings, f => f.Category switch
        {
            PiiCategories.Person => RedactionDecision.Keep,
            PiiCategories.PhoneNumber => RedactionDecision.Mask,
            _ => RedactionDecision.Remove,
        });

        Assert.Equal("Dana Testperson ***-***-0100 [EMAIL]", result);
    }

    [Fact]
    public void Redact_Overlap_UsesHigherTierPlaceholder()
    {
        const string text = "note: 078-05-1120 end";
        PiiFinding[] findings =
        [
            CreateFinding(PiiCategories.TaxReturn, 13, 4, PiiTier.LinkedDetail, 0.9),
            CreateFinding(PiiCategories.USSocialSecurityNumber, 6, 11),
        ];

        var result = _redactor.Redact(text, findings, RedactionDecision.Remove);

        Assert.Equal("note: [SSN] end", result);
    }

    [Fact]
    public void Redact_KeepOverlapsPassword_RemovesSpan()
    {
        const string text = "Client is Dana Testperson now";
        PiiFinding[] findings =
        [
            CreateFinding(PiiCategories.Person, 10, 15),
            CreateFinding(PiiCategories.Password, 15, 10),
        ];

        var result = _redactor.Redact(text, findings, RedactionDecision.Keep);

        Assert.Equal("Client is [PASSWORD] now", result);
    }

    [Fact]
    public void Redact_TextWithSurrogatePairs_UsesUtf16Offsets()
    {
        // "😀" is one surrogate pair (two UTF-16 code units) before the name.
        const string text = "😀 José Nguyen 😀 ok";

        var result = _redactor.Redact(text, [CreateFinding(PiiCategories.Person, 3, 11)], RedactionDecision.Remove);

        Assert.Equal("😀 [NAME] 😀 ok", result);
    }

    [Fact]
    public void Redact_SplitSurrogatePair_WidensSpan()
    {
        const string text = "a😀b";

        var result = _redactor.Redact(text, [CreateFinding(PiiCategories.Person, 2, 2)], RedactionDecision.Remove);

        Assert.Equal("a[NAME]", result);
    }

    [Fact]
    public void Redact_MaskSupplementaryLetters_OneStarEach()
    {
        // U+1D400 MATHEMATICAL BOLD CAPITAL A is a letter outside the BMP.
        const string text = "\U0001D400\U0001D400-12";

        var result = _redactor.Redact(text, [CreateFinding(PiiCategories.Person, 0, text.Length)], RedactionDecision.Mask);

        Assert.Equal("**-**", result);
    }

    [Theory]
    [InlineData(PiiCategories.Person, "Client Dana Testperson called", 7, 15, "Client **** ********** called")]
    [InlineData(PiiCategories.Email, "write dana.testperson@example.org", 6, 27, "write ****.**********@*******.***")]
    [InlineData(PiiCategories.Address, "at 1234 Example Street", 3, 19, "at **** ******* ******")]
    [InlineData(PiiCategories.PhoneNumber, "call 303-555-0100", 5, 12, "call ***-***-0100")]
    public void Redact_Mask_KeepsTailOnlyOfNumbers(string category, string text, int offset, int length, string expected)
    {
        var result = _redactor.Redact(text, [CreateFinding(category, offset, length)], RedactionDecision.Mask);

        Assert.Equal(expected, result);
    }

    [Fact]
    public void Redact_NoFindings_ReturnsSameText()
    {
        const string text = "Case 1B00000";

        var result = _redactor.Redact(text, [], RedactionDecision.Remove);

        Assert.Same(text, result);
    }

    private static PiiFinding CreateFinding(
        string category, int offset, int length, PiiTier tier = PiiTier.Identifier, double score = 0.8) =>
        new(category, tier, offset, length, score, new PiiExplanation("TestRecognizer", "test", score, score, []));
}
