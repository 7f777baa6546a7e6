using HelpBot.Protocol.Models;

namespace HelpBot.Bot.Channels.BotFramework;

/// <summary>How a turn on <c>/api/messages</c> ended, as far as the channel's request is concerned.</summary>
/// <param name="Completed">Whether the turn finished before the response timeout.</param>
/// <param name="InvokeResponse">The invoke response of a finished turn, if any.</param>
public readonly record struct TurnOutcome(bool Completed, InvokeResponse? InvokeResponse);
