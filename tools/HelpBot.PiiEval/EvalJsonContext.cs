using System.Text.Json.Serialization;

namespace HelpBot.PiiEval;

/// <summary>Source-generated JSON metadata for the corpus and the synthetic data set.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
[JsonSerializable(typeof(CorpusRecord))]
[JsonSerializable(typeof(List<SynthSample>))]
public sealed partial class EvalJsonContext : JsonSerializerContext;
