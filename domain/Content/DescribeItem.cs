namespace HelpBot.Domain.Content;

/// <summary>Something the caller must describe to the Service Center, tied to the report field that answers it.</summary>
public sealed class DescribeItem : SourcedFact
{
    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    /// <summary>The <see cref="Reports.ReportFields"/> id whose value answers this item.</summary>
    public string Field { get; set; } = string.Empty;

    /// <summary>True when the item applies only to a mobile device.</summary>
    public bool MobileOnly { get; set; }
}
