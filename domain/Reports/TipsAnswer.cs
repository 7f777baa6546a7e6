namespace HelpBot.Domain.Reports;

/// <summary>What an answer to the troubleshooting tips question says.</summary>
/// <param name="Fixed">True when the tips fixed the problem, false when it is still broken, null when the answer says neither.</param>
/// <param name="TipsTried">Ids of the tips the answer reports as tried, in content order.</param>
public sealed record TipsAnswer(bool? Fixed, IReadOnlyList<string> TipsTried);
