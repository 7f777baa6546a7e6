namespace HelpBot.Privacy.Recognizers;

/// <summary>Finds one category of PII or PHI in a text.</summary>
public interface IPiiRecognizer
{
    /// <summary>Name used in options (<see cref="PiiOptions.EnabledRecognizers"/>), explanations and logs.</summary>
    string Name { get; }

    /// <summary>The <see cref="PiiCategories"/> value of every finding this recognizer adds.</summary>
    string Category { get; }

    /// <summary>Tier of every finding this recognizer adds.</summary>
    PiiTier Tier { get; }

    /// <summary>
    /// Adds the findings in <paramref name="text"/> to <paramref name="findings"/>, whatever their score;
    /// the analyzer applies the threshold. A regex timeout adds a finding over the whole text.
    /// </summary>
    void Analyze(string text, ICollection<PiiFinding> findings);
}
