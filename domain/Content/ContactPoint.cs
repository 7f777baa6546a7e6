using System.Text.Json.Serialization;

namespace HelpBot.Domain.Content;

/// <summary>A phone number, e-mail address, web page or chat the bot can point to.</summary>
public sealed class ContactPoint : SourcedFact
{
    /// <summary>Id other entries use to refer to this contact, such as <c>service-center</c>.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Name shown to the user, such as "Connect for Health Colorado Service Center".</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>One of <see cref="ContactKinds"/>.</summary>
    public string Kind { get; set; } = string.Empty;

    /// <summary>The number, address or link, in the format <see cref="Kind"/> requires.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>Opening hours as the source gives them, when known.</summary>
    public string? Hours { get; set; }

    /// <summary><see cref="Hours"/> in a form the bot compares with the clock, when the hours are regular.</summary>
    public OpeningHours? Schedule { get; set; }

    /// <summary>One of <see cref="FactStatuses"/>; defaults to current.</summary>
    public string Status { get; set; } = FactStatuses.Current;

    /// <summary>The <c>tel:</c> URI for phone contacts (E.164, such as <c>tel:+18557526749</c>); null otherwise.</summary>
    [JsonIgnore]
    public string? TelUri => Kind switch
    {
        ContactKinds.Phone => "tel:+" + string.Concat(Value.Where(char.IsAsciiDigit)),
        ContactKinds.Relay => "tel:" + Value,
        _ => null,
    };
}
