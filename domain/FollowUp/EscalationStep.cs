namespace HelpBot.Domain.FollowUp;

/// <summary>One rung of an escalation ladder.</summary>
/// <param name="Title">Whom to contact, such as "Team Lead".</param>
/// <param name="WhatToSay">What to do and say at this step.</param>
public sealed record EscalationStep(string Title, string WhatToSay);
