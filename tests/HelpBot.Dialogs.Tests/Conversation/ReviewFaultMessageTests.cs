using HelpBot.Dialogs.Conversation.Privacy;

namespace HelpBot.Dialogs.Tests.Conversation;

public sealed class ReviewFaultMessageTests
{
    [Fact]
    public void Compose_EveryFault_OneSentenceEachInOrder()
    {
        var faults = new ReviewFaults { KeptChoices = 1 };
        faults.PasswordChoices.Add(new NamedFinding(5, "6 (Password in Description)"));
        faults.PersonalReplacements.Add(new NamedFinding(0, "1 (SSN in Description)"));
        faults.ReplacementCategories.Add("SSN");
        faults.EmptyEdits.Add(new NamedFinding(1, "2 (Phone number in Description)"));
        faults.MissingNumbers.AddRange([9, 7]);
        faults.NotUnderstood.Add(new TextPosition(4));
        faults.Unchosen.Add(new NamedFinding(2, "3 (E-mail address in Description)"));

        var message = ReviewFaultMessage.Compose(faults, 6);

        Assert.Equal(
            "Passwords are always removed, so your choice for 6 (Password in Description) does not apply. "
            + "The new text for 1 (SSN in Description) still contains personal information (SSN), so type it without that or choose remove. "
            + "To replace 2 (Phone number in Description), type the new text, such as 'edit 2: the client'. "
            + "There are no numbers 7 and 9 in the review, which lists 1 to 6. "
            + "Line 4 was not understood. "
            + "Still to choose: 3 (E-mail address in Description), for example by typing 'remove 3' or 'mask 3'. "
            + "Your other choices are kept.",
            message);
    }

    [Fact]
    public void Compose_SeveralOfAKind_OneSentence()
    {
        var faults = new ReviewFaults();
        faults.PersonalReplacements.AddRange([new NamedFinding(0, "1 (SSN in Description)"), new NamedFinding(2, "3 (Name in Description)")]);
        faults.ReplacementCategories.AddRange(["SSN", "Phone number"]);
        faults.Unchosen.AddRange([new NamedFinding(1, "2 (SSN in Notes)"), new NamedFinding(3, "4 (Name in Notes)"), new NamedFinding(4, "5 (E-mail address in Notes)")]);

        var message = ReviewFaultMessage.Compose(faults, 5);

        Assert.Equal(
            "The new texts for 1 (SSN in Description) and 3 (Name in Description) still contain personal information (SSN and Phone number), "
            + "so type them without that or choose remove. "
            + "Still to choose: 2 (SSN in Notes), 4 (Name in Notes) and 5 (E-mail address in Notes), for example by typing 'remove 2' or 'mask 2'.",
            message);
    }

    [Theory]
    [InlineData(new[] { 2, 4 }, new int[0], "Lines 2 and 4 were not understood.")]
    [InlineData(new[] { 1 }, new[] { 2 }, "Part 2 of line 1 was not understood.")]
    [InlineData(new[] { 3, 1 }, new[] { 0, 2 }, "Line 3 and part 2 of line 1 were not understood.")]
    public void Compose_NotUnderstood_NamesPositions(int[] lines, int[] parts, string expected)
    {
        var faults = new ReviewFaults();
        faults.NotUnderstood.AddRange(lines.Select((line, i) => new TextPosition(line, i < parts.Length && parts[i] > 0 ? parts[i] : null)));

        Assert.Equal(expected, ReviewFaultMessage.Compose(faults, 2));
    }

    [Fact]
    public void Compose_OneFinding_SaysOnlyNumberOne()
    {
        var faults = new ReviewFaults();
        faults.MissingNumbers.AddRange([9, 9]);

        Assert.Equal("There is no number 9 in the review, which lists only number 1.", ReviewFaultMessage.Compose(faults, 1));
    }

    [Fact]
    public void RejectsAnswer_PasswordNoteAlone_IsFalse()
    {
        var faults = new ReviewFaults();
        faults.PasswordChoices.Add(new NamedFinding(0, "1 (Password in Description)"));

        Assert.False(faults.RejectsAnswer);
    }
}
