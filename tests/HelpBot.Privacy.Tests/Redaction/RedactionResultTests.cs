using HelpBot.Privacy.Redaction;

namespace HelpBot.Privacy.Tests.Redaction;

public sealed class RedactionResultTests
{
    private const string Text = "Client Dana Testperson, SSN 078-05-1120, password is Blue$ky2024.";

    [Fact]
    public void Apply_PerFindingChoices_RewritesEachValue()
    {
        var findings = AnalyzerFactory.Create().Analyze(Text);

        var result = new PiiRedactor().Apply(Text, findings, f => f.Category switch
        {
            PiiCategories.Person => RedactionChoice.Edit("the client"),
            PiiCategories.USSocialSecurityNumber => RedactionChoice.Mask,
            _ => RedactionChoice.Keep,
        });

        Assert.Equal("Client the client, SSN ***-**-1120, password is [PASSWORD].", result.Text);
    }

    [Fact]
    public void Apply_KeepPassword_RemovesItWithWarning()
    {
        var findings = AnalyzerFactory.Create().Analyze(Text);

        var result = new PiiRedactor().Apply(Text, findings, _ => RedactionChoice.Keep);

        Assert.DoesNotContain("Blue$ky2024", result.Text, StringComparison.Ordinal);
        Assert.True(result.PasswordWarning);
        Assert.Equal(1, result.RemovedPasswordCount);
    }

    [Fact]
    public void Apply_KeptIdentifiers_RecordedWithoutValues()
    {
        var findings = AnalyzerFactory.Create().Analyze(Text);

        var result = new PiiRedactor().Apply(Text, findings, f =>
            f.Category == PiiCategories.Person ? RedactionChoice.Keep : RedactionChoice.Remove);

        Assert.Equal([new KeptFinding(PiiCategories.Person, PiiTier.Identifier)], result.Kept);
        Assert.True(result.RequiresSecureEmail);
        Assert.DoesNotContain("Dana", string.Join(",", result.Kept), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_AllRemoved_NeedsNoSecureEmail()
    {
        var findings = AnalyzerFactory.Create().Analyze(Text);

        var result = new PiiRedactor().Apply(Text, findings, _ => RedactionChoice.Remove);

        Assert.Empty(result.Kept);
        Assert.False(result.RequiresSecureEmail);
        Assert.False(result.PasswordWarning);
        Assert.Equal("Client [NAME], SSN [SSN], password is [PASSWORD].", result.Text);
    }
}
