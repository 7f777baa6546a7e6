using System.Globalization;
using System.Text;
using HelpBot.Domain.Content;

namespace HelpBot.Dialogs.Conversation.Replies;

/// <summary>Formats facts from the desk-aid content as plain text for messages.</summary>
public static class ContentText
{
    /// <summary>Formats a contact as "Label: value (hours)".</summary>
    public static string Contact(ContactPoint contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        var hours = string.IsNullOrWhiteSpace(contact.Hours) ? "" : $" ({contact.Hours})";
        return $"{contact.Label}: {contact.Value}{hours}";
    }

    /// <summary>Formats the contacts with <paramref name="ids"/> as bullet lines, skipping unknown ids.</summary>
    public static string Contacts(DeskAidContent content, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = ids
            .Select(id => content.Contacts.Find(c => c.Id == id))
            .OfType<ContactPoint>()
            .Select(c => $"- {Contact(c)}");
        return string.Join("\n", lines);
    }

    /// <summary>Formats <paramref name="items"/> as bullet lines.</summary>
    public static string Bullets(IEnumerable<string> items) => string.Join("\n", items.Select(item => $"- {item}"));

    /// <summary>Formats a help topic: its title, then each section's heading, steps and link.</summary>
    public static string HelpTopic(HelpTopic topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var builder = new StringBuilder(topic.Title).Append('\n');
        foreach (var section in topic.Sections)
        {
            builder.Append('\n').Append(section.Heading).Append('\n').Append(Bullets(section.Steps)).Append('\n');
            if (!string.IsNullOrWhiteSpace(section.Link))
            {
                builder.Append("More: ").Append(section.Link).Append('\n');
            }
        }

        return builder.ToString().TrimEnd('\n');
    }
}
