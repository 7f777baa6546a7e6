namespace HelpBot.Domain.Content;

/// <summary>How a Connect for Health Colorado problem is reported: by phone to the Service Center.</summary>
public sealed class ServiceCenterContent : SourcedFact
{
    /// <summary>Id of the Service Center phone contact.</summary>
    public string PhoneContactId { get; init; } = string.Empty;

    /// <summary>Id of the Service Center TTY contact.</summary>
    public string TtyContactId { get; init; } = string.Empty;

    /// <summary>The rule that the customer must be present for the call.</summary>
    public TextFact CustomerMustBePresent { get; init; } = new();

    /// <summary>Customer details to have ready for the call.</summary>
    public List<TextFact> HaveReady { get; init; } = [];

    /// <summary>The warning never to type those customer details into the chat.</summary>
    public TextFact NeverTypeIntoChat { get; init; } = new();

    /// <summary>What the caller must describe, each tied to a report field.</summary>
    public List<DescribeItem> Describe { get; init; } = [];

    /// <summary>What to write down when the problem is not solved during the call.</summary>
    public List<TextFact> NoteDuringCall { get; init; } = [];

    public List<TextFact> WhatToExpect { get; init; } = [];

    /// <summary>Escalation chain, first step first (Team Lead, Supervisor, Manager, Director).</summary>
    public List<TextFact> Escalation { get; init; } = [];

    /// <summary>When to escalate (no update in the time frame, or medically urgent).</summary>
    public TextFact EscalationWhen { get; init; } = new();

    /// <summary>How the customer checks a ticket's status.</summary>
    public TextFact StatusCheck { get; init; } = new();

    /// <summary>The note for certified guides, counselors and brokers, who follow internal processes.</summary>
    public TextFact RoleNote { get; init; } = new();
}
