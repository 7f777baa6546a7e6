using System.Text.Json.Serialization;

namespace HelpBot.Cards.Model;

/// <summary>Columns laid out side by side; narrow screens may stack them.</summary>
public sealed class ColumnSet : CardElement
{
    [JsonPropertyName("columns")]
    public List<Column> Columns { get; set; } = [];

    public ColumnSet WithColumns(params IEnumerable<Column> columns)
    {
        Columns.AddRange(columns);
        return this;
    }
}
