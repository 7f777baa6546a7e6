namespace HelpBot.Domain.Drafts;

/// <summary>Everything needed to call the Connect for Health Colorado Service Center about a problem.</summary>
public sealed record CallChecklist
{
    /// <summary>Phone number as written, such as 1-855-752-6749.</summary>
    public required string Phone { get; init; }

    /// <summary><c>tel:</c> URI of <see cref="Phone"/>, such as <c>tel:+18557526749</c>.</summary>
    public required string TelUri { get; init; }

    public required string Tty { get; init; }

    public required string TtyTelUri { get; init; }

    /// <summary>Opening hours; null when the content file has none.</summary>
    public string? Hours { get; init; }

    /// <summary>When the Service Center opens next, when it is closed as the checklist is made; null otherwise.</summary>
    public string? ClosedNote { get; init; }

    /// <summary>What to say and ask for on the call because the problem is medically urgent; null when the report is not marked urgent.</summary>
    public string? UrgentNote { get; init; }

    /// <summary>Kinds of personal data the user kept for the call, such as "SSN" (never the values); empty when none.</summary>
    public IReadOnlyList<string> KeptCategories { get; init; } = [];

    /// <summary>The rule that the customer must be present with the caller.</summary>
    public required string CustomerMustBePresent { get; init; }

    /// <summary>Customer details to have ready.</summary>
    public required IReadOnlyList<string> HaveReady { get; init; }

    /// <summary>The warning never to type those details into the chat.</summary>
    public required string NeverTypeIntoChat { get; init; }

    /// <summary>What to describe, each with the report's answer.</summary>
    public required IReadOnlyList<ChecklistItem> Describe { get; init; }

    /// <summary>Names of the screenshots the user uploaded or named for the report; empty when none.</summary>
    public IReadOnlyList<string> Screenshots { get; init; } = [];

    /// <summary>What to write down if the problem is not solved on the call.</summary>
    public required IReadOnlyList<string> NoteDuringCall { get; init; }

    public required IReadOnlyList<string> WhatToExpect { get; init; }

    /// <summary>When to escalate, then the chain in order.</summary>
    public required IReadOnlyList<string> Escalation { get; init; }

    /// <summary>How the customer checks the ticket's status.</summary>
    public required string StatusCheck { get; init; }

    /// <summary>The note for certified guides, counselors and brokers.</summary>
    public required string RoleNote { get; init; }
}
