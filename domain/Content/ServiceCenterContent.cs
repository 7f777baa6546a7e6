namespace HelpBot.Domain.Content;

/// <summary>How a Connect for Health Colorado problem is reported: by phone to the Service Center.</summary>
public sealed class ServiceCenterContent : SourcedFact
{
    /// <summary>Id of the Service Center phone contact.</summary>
    public string PhoneContactId { get; set; } = string.Empty;

    /// <summary>Id of the Service Center TTY contact.</summary>
    public string TtyContactId { get; set; } = string.Empty;

    /// <summary>The rule that the customer must be present for the call.</summary>
    public TextFact CustomerMustBePresent { get; set; } = new();

    /// <summary>Customer details to have ready for the call.</summary>
    public List<TextFact> HaveReady { get; set; } = [];

    /// <summary>The warning never to type those customer details into the chat.</summary>
    public TextFact NeverTypeIntoChat { get; set; } = new();

    /// <summary>What the caller must describe, each tied to a report field.</summary>
    public List<DescribeItem> Describe { get; set; } = [];

    /// <summary>What to write down when the problem is not solved during the call.</summary>
    public List<TextFact> NoteDuringCall { get; set; } = [];

    public List<TextFact> WhatToExpect { get; set; } = [];

    /// <summary>Escalation chain, first step first (Team Lead, Supervisor, Manager, Director).</summary>
    public List<TextFact> Escalation { get; set; } = [];

    /// <summary>When to escalate (no update in the time frame, or medically urgent).</summary>
    public TextFact EscalationWhen { get; set; } = new();

    /// <summary>How the customer checks a ticket's status.</summary>
    public TextFact StatusCheck { get; set; } = new();

    /// <summary>The note for certified guides, counselors and brokers, who follow internal processes.</summary>
    public TextFact RoleNote { get; set; } = new();
}
