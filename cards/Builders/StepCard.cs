using HelpBot.Cards.Model;

namespace HelpBot.Cards.Builders;

/// <summary>
/// A card for one conversation step and the same content as plain text, for channels that
/// cannot show cards and for transcripts. The card's <c>fallbackText</c> is the start of
/// <see cref="PlainText"/>.
/// </summary>
/// <param name="Card">The Adaptive Card to send as an attachment.</param>
/// <param name="PlainText">The content as plain text, including how to answer by typing.</param>
public sealed record StepCard(AdaptiveCard Card, string PlainText);
