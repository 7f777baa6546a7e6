using HelpBot.Domain.Content;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>What <see cref="ReportExtractor.Extract"/> read from a message.</summary>
/// <param name="Report">The report with every field the text gave filled in.</param>
/// <param name="System">How the system was decided.</param>
/// <param name="TrainingTopic">The training topic the message matched, for training reports.</param>
/// <param name="ElsewhereRoute">Where a report that is not about one client goes.</param>
/// <param name="StillNeeded">Fields to ask for, in desk-aid order (<see cref="ReportRules.StillNeeded"/>).</param>
/// <param name="Found">Fields the text filled in, so the bot can show them back for confirmation.</param>
public sealed record ExtractionResult(
    IssueReport Report,
    SystemMatch System,
    TrainingTopic? TrainingTopic,
    ElsewhereRoute? ElsewhereRoute,
    IReadOnlyList<string> StillNeeded,
    IReadOnlyList<string> Found);
