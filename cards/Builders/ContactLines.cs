using HelpBot.Domain.Content;

namespace HelpBot.Cards.Builders;

/// <summary>Formats content-file contacts as card markdown and as plain text.</summary>
internal static class ContactLines
{
    /// <summary>Adds one line per contact, with a link for e-mail and web contacts.</summary>
    public static CardComposer Contacts(this CardComposer composer, IEnumerable<ContactPoint> contacts)
    {
        foreach (var contact in contacts)
        {
            var (card, plain) = Format(contact);
            composer.Trusted(card, plain);
        }

        return composer;
    }

    private static (string Card, string Plain) Format(ContactPoint contact)
    {
        var hours = string.IsNullOrWhiteSpace(contact.Hours) ? string.Empty : $" ({contact.Hours})";
        var status = contact.Status == FactStatuses.Current ? string.Empty : $" [{StatusNote(contact.Status)}]";
        var plain = $"- {contact.Label}: {contact.Value}{hours}{status}";
        var value = contact.Kind switch
        {
            ContactKinds.Email => $"[{contact.Value}](mailto:{contact.Value})",
            ContactKinds.Web => $"[{contact.Value}]({contact.Value})",
            _ => contact.Value,
        };
        return ($"- **{contact.Label}**: {value}{hours}{StatusSuffix(contact.Status)}", plain);
    }

    private static string StatusSuffix(string status) =>
        status == FactStatuses.Current ? string.Empty : $" _({StatusNote(status)})_";

    private static string StatusNote(string status) => status switch
    {
        FactStatuses.Historical => "may no longer be active",
        FactStatuses.Unverified => "not confirmed recently",
        _ => status,
    };
}
