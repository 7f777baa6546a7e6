namespace HelpBot.Domain.Content;

/// <summary>A field the e-mail to the CBMS help desk must (or may) contain, in desk-aid order.</summary>
public sealed class EmailField : SourcedFact
{
    /// <summary>One of <see cref="Reports.ReportFields"/>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Section heading in the e-mail draft, such as "Date and time".</summary>
    public string Heading { get; set; } = string.Empty;

    /// <summary>The question the bot asks to fill the field.</summary>
    public string Question { get; set; } = string.Empty;

    /// <summary>Why the help desk needs the field or how to answer, shown under the question.</summary>
    public string HelpText { get; set; } = string.Empty;

    public bool Required { get; set; } = true;
}
