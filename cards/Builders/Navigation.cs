using HelpBot.Cards.Model;

namespace HelpBot.Cards.Builders;

/// <summary>Which navigation buttons a card shows.</summary>
[Flags]
public enum Navigation
{
    None = 0,
    Back = 1,
    Help = 2,
    Cancel = 4,
    StartOver = 8,

    /// <summary>Back, Help and Cancel, for a question inside a flow.</summary>
    Standard = Back | Help | Cancel,
}
