using System.Text.Json.Serialization;

namespace HelpBot.PiiEval;

/// <summary>One sentence of presidio-research's synth_dataset_v2.json.</summary>
public sealed record SynthSample(
    [property: JsonPropertyName("full_text")] string FullText,
    [property: JsonPropertyName("spans")] IReadOnlyList<SynthSpan> Spans);

/// <summary>A labelled span of <see cref="SynthSample"/>; positions count UTF-16 code units of the text as .NET reads it.</summary>
public sealed record SynthSpan(
    [property: JsonPropertyName("entity_type")] string EntityType,
    [property: JsonPropertyName("start_position")] int StartPosition,
    [property: JsonPropertyName("end_position")] int EndPosition);
