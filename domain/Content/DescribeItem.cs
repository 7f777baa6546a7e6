namespace HelpBot.Domain.Content;

/// <summary>Something the caller must describe to the Service Center, tied to the report field that answers it.</summary>
public sealed class DescribeItem : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>The text for a report about a phone or tablet, when <see cref="Text"/> names the computer; null otherwise.</summary>
    public string? MobileText { get; set; }

    /// <summary>The <see cref="Reports.ReportFields"/> id whose value answers this item.</summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>True when the item applies only to a mobile device.</summary>
    public bool MobileOnly { get; set; }

    /// <summary>Returns <see cref="MobileText"/> when <paramref name="mobile"/> is true and the item has one, else <see cref="Text"/>.</summary>
    public string TextFor(bool mobile) => mobile && !string.IsNullOrWhiteSpace(MobileText) ? MobileText : Text;
}
