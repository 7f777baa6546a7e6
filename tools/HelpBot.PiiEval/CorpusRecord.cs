namespace HelpBot.PiiEval;

/// <summary>
/// One labelled text of the evaluation corpus (a line of corpus.jsonl). Offsets count UTF-16 code units.
/// </summary>
/// <param name="Id">Identifier of the text, unique in the corpus.</param>
/// <param name="Text">The text as CBO staff would type it, with fake personal data only.</param>
/// <param name="Entities">Gold PII spans.</param>
/// <param name="NonPii">Values that must never be flagged (case numbers, help desk contacts, ...).</param>
public sealed record CorpusRecord(
    string Id,
    string Text,
    IReadOnlyList<GoldSpan> Entities,
    IReadOnlyList<NonPiiSpan>? NonPii);
