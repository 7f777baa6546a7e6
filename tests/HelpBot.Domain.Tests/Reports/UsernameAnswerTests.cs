using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>Answers to the PEAK user-name question that are not a user name: "don't know", a case number, a password.</summary>
public sealed class UsernameAnswerTests
{
    [Theory]
    [InlineData("I don't know it, the facility staff set it up")]
    [InlineData("don't know")]
    [InlineData("I do not know")]
    [InlineData("dont know")]
    [InlineData("I don’t know")]
    [InlineData("unknown")]
    [InlineData("Unknown.")]
    [InlineData("not sure")]
    [InlineData("I'm not sure")]
    [InlineData("no idea")]
    [InlineData("sorry, I don't know")]
    [InlineData("the client doesn't know")]
    [InlineData("I forgot it")]
    [InlineData("can't remember")]
    [InlineData("I don't remember")]
    public void Validate_NotKnownAnswer_StoresNotKnown(string value)
    {
        var result = Validate(value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(ReportAnswers.UsernameNotKnown, result.NormalizedValue);
        Assert.Null(result.Message);
    }

    [Fact]
    public void Validate_NotKnownValue_IsAcceptedAgain()
    {
        var result = Validate(ReportAnswers.UsernameNotKnown);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(ReportAnswers.UsernameNotKnown, result.NormalizedValue);
    }

    [Theory]
    [InlineData("my user name is testuser55, not sure it still works", "testuser55")]
    [InlineData("unknown55", "unknown55")]
    [InlineData("knowles.dana", "knowles.dana")]
    public void Validate_UserNameBesideNotKnownWords_ReadsName(string value, string expected)
    {
        var result = Validate(value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(expected, result.NormalizedValue);
    }

    [Theory]
    [InlineData("1B00000")]
    [InlineData("1b00000")]
    [InlineData("1B 000-00")]
    public void Validate_CaseNumber_RejectsAsCaseNumber(string value)
    {
        var result = Validate(value);

        Assert.False(result.IsValid);
        Assert.Contains("CBMS case number", result.Message, StringComparison.Ordinal);
        Assert.Contains("don't know", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NamesWithSpaces_OffersNotKnown()
    {
        var result = Validate("dana testperson");

        Assert.False(result.IsValid);
        Assert.Contains("has no spaces", result.Message, StringComparison.Ordinal);
        Assert.Contains("don't know", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NotKnownWithPassword_RejectsAsPassword()
    {
        var result = Validate("I don't know, my password is Spring!2026");

        Assert.False(result.IsValid);
        Assert.Contains("looks like a password", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UsernameReader_CaseNumberAfterLabel_ReadsNothing()
    {
        Assert.Null(UsernameReader.Read("my user id 1B00000 is locked"));
    }

    [Theory]
    [InlineData("Sunshine2024!", true)]
    [InlineData("Passw0rd!2026", true)]
    [InlineData("spring!2026", true)]
    [InlineData("my password is hunter2", true)]
    [InlineData("testuser55", false)]
    [InlineData("dana@example.org", false)]
    [InlineData("don't know", false)]
    [InlineData("my user name is Spring!2026", true)]
    [InlineData("it is P@ssw0rd99 I think", true)]
    [InlineData("Hello! It's dtestperson01", false)]
    public void LooksLikePasswordAnswer_MatchesTable(string value, bool expected)
    {
        Assert.Equal(expected, FieldRules.LooksLikePasswordAnswer(value));
    }

    [Theory]
    [InlineData("my user name is Spring!2026", true)]
    [InlineData("(Spring!2026)", true)]
    [InlineData("Hello! Don't know it yet.", false)]
    [InlineData("call me at 3:30pm about form W-2", false)]
    [InlineData("it is dana@example.org, case 1B00000", false)]
    [InlineData("$1,200 a month", false)]
    [InlineData("Sp!1", false)]
    public void ContainsPasswordShapedWord_MatchesTable(string value, bool expected)
    {
        Assert.Equal(expected, FieldRules.ContainsPasswordShapedWord(value));
    }

    [Fact]
    public void ValidateUsername_PasswordInSentence()
    {
        var result = FieldRules.Validate(ReportFields.Username, "my user name is Spring!2026", TestContent.CreateContext());

        Assert.False(result.IsValid);
        Assert.Contains("password", result.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void CaseNumberText_NoUsername_SaysNotKnown()
    {
        var report = new IssueReport { NoCaseNumber = true, Username = ReportAnswers.UsernameNotKnown };

        var text = HelpBot.Domain.Drafts.ReportFormatting.Answer(report, ReportFields.CaseNumber, TestContent.Content);

        Assert.Equal(
            "No case number yet: the application has not been submitted and has no tracking or authorization number. The user does not know the PEAK user name either.",
            text);
    }

    [Fact]
    public void CaseNumberText_WithUsername_NamesUserName()
    {
        var report = new IssueReport { NoCaseNumber = true, Username = "testuser55" };

        var text = HelpBot.Domain.Drafts.ReportFormatting.Answer(report, ReportFields.CaseNumber, TestContent.Content);

        Assert.EndsWith("The PEAK user name in this e-mail identifies the account.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[EMAIL]")]
    [InlineData("****************@example.org")]
    public void CaseNumberText_UsernameRemoved_NotIdentifier(string username)
    {
        var report = new IssueReport { NoCaseNumber = true, Username = username };

        var text = HelpBot.Domain.Drafts.ReportFormatting.Answer(report, ReportFields.CaseNumber, TestContent.Content);

        Assert.Contains("taken out of this e-mail for privacy, so it cannot identify the account", text, StringComparison.Ordinal);
        Assert.DoesNotContain("identifies the account", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("testuser55", "Not known to the sender. The PEAK user name in this e-mail identifies the account.")]
    [InlineData("[EMAIL]", "Not known to the sender.")]
    public void CaseNumberText_NotKnown_StatesNotKnown(string username, string expected)
    {
        var report = new IssueReport { Username = username };
        ReportAnswers.Store(report, ReportFields.CaseNumber, ReportAnswers.CaseNumberNotKnown, TimeZoneInfo.Utc);

        var text = HelpBot.Domain.Drafts.ReportFormatting.Answer(report, ReportFields.CaseNumber, TestContent.Content);

        Assert.Equal(expected, text);
        Assert.True(ReportRules.StillNeeded(report).All(field => field != ReportFields.CaseNumber));
    }

    [Theory]
    [InlineData("none")]
    [InlineData("None")]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("na")]
    [InlineData("not applicable")]
    [InlineData("no user name")]
    [InlineData("none, the client never set one up")]
    [InlineData("n/a - she has no account yet")]
    public void Validate_NoValueAnswer_StoresNotKnown(string value)
    {
        var result = Validate(value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(ReportAnswers.UsernameNotKnown, result.NormalizedValue);
    }

    [Theory]
    [InlineData("123-45-6789")]
    [InlineData("123 45 6789")]
    [InlineData("303-555-0100")]
    [InlineData("(303) 555-0100")]
    [InlineData("303.555.0100")]
    [InlineData("1-303-555-0100")]
    [InlineData("his SSN is 123-45-6789")]
    [InlineData("my user name is 303-555-0100")]
    [InlineData("call me at 303-555-0100")]
    [InlineData("123456789")]
    [InlineData("3035550100")]
    [InlineData(" 13035550100 ")]
    [InlineData("my user name is 123456789")]
    public void Validate_PersonalNumber_RejectsAsPersonalData(string value)
    {
        var result = Validate(value);

        Assert.False(result.IsValid);
        Assert.Equal(FieldFault.PersonalData, result.Fault);
        Assert.Contains("Social Security number or a phone number", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("testuser55")]
    [InlineData("dtestperson-2026")]
    [InlineData("cbo.navigator01")]
    [InlineData("user-303-555")]
    [InlineData("12345678")]
    [InlineData("dana123456789")]
    public void Validate_UsernameWithDigits_NotPersonalData(string value)
    {
        var result = Validate(value);

        Assert.True(result.IsValid, result.Message);
        Assert.Equal(value, result.NormalizedValue);
    }

    [Theory]
    [InlineData("tracking 123-45-6789")]
    [InlineData("tracking 303-555-0100")]
    [InlineData("authorization number: 303-555-0100")]
    public void Validate_CaseNumberWithPersonalNumber_RejectsAsPersonalData(string value)
    {
        var result = FieldRules.Validate(ReportFields.CaseNumber, value, TestContent.CreateContext());

        Assert.False(result.IsValid);
        Assert.Equal(FieldFault.PersonalData, result.Fault);
    }

    [Theory]
    [InlineData("123456789", "123456789", true)]
    [InlineData("3035550100", "3035550100", false)]
    public void FindPersonalNumbers_BareDigits_FoundForEcho(string value, string number, bool isSsn)
    {
        Assert.Equal([(number, isSsn)], FieldRules.FindPersonalNumbers(value));
    }

    [Theory]
    [InlineData("tracking 123456789")]
    [InlineData("tracking 3035550100")]
    public void Validate_CaseNumberWithBareDigits_KeepsTrackingNumber(string value)
    {
        var result = FieldRules.Validate(ReportFields.CaseNumber, value, TestContent.CreateContext());

        Assert.True(result.IsValid, result.Message);
    }

    private static FieldValidation Validate(string value) => FieldRules.Validate(ReportFields.Username, value, TestContent.CreateContext());
}
