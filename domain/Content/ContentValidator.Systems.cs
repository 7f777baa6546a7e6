using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Content;

/// <summary>Checks of sources, contacts, systems and tips.</summary>
internal sealed partial class ContentValidator
{
    private static readonly string[] s_contactKinds =
        [ContactKinds.Phone, ContactKinds.Relay, ContactKinds.Email, ContactKinds.Web, ContactKinds.Chat];

    private static readonly string[] s_statuses = [FactStatuses.Current, FactStatuses.Historical, FactStatuses.Unverified];

    private static readonly string[] s_hostRoles = [HostRoles.Current, HostRoles.OldBookmark, HostRoles.ShortAddress];

    private static readonly string[] s_systemIds = [SupportSystems.Peak, SupportSystems.ConnectForHealth];

    private void ValidateSources()
    {
        Required(_content.Version, "version");
        if (!RequiredList(_content.Sources, "sources"))
        {
            return;
        }

        for (var index = 0; index < _content.Sources.Count; index++)
        {
            var path = $"sources[{index}]";
            var source = _content.Sources[index];
            if (source is null)
            {
                Missing(path);
                continue;
            }

            if (Required(source.Id, $"{path}.id"))
            {
                _sourceIds.Add(source.Id);
            }

            Required(source.Title, $"{path}.title");
            Url(source.Url, $"{path}.url", source.AllowHttp, required: false);
        }

        UniqueIds(_content.Sources, source => source?.Id, "sources");
    }

    private void ValidateContacts()
    {
        if (!RequiredList(_content.Contacts, "contacts"))
        {
            return;
        }

        for (var index = 0; index < _content.Contacts.Count; index++)
        {
            Contact(_content.Contacts[index], $"contacts[{index}]");
        }

        UniqueIds(_content.Contacts, contact => contact?.Id, "contacts");
    }

    private void Contact(ContactPoint? contact, string path)
    {
        Fact(contact, path);
        if (contact is null)
        {
            return;
        }

        Required(contact.Id, $"{path}.id");
        Required(contact.Label, $"{path}.label");
        if (!s_statuses.Contains(contact.Status))
        {
            InvalidEntry($"{path}.status", $"'{contact.Status}' is not one of {string.Join(", ", s_statuses)}");
        }

        if (!Required(contact.Kind, $"{path}.kind"))
        {
            return;
        }

        if (!s_contactKinds.Contains(contact.Kind))
        {
            InvalidEntry($"{path}.kind", $"'{contact.Kind}' is not one of {string.Join(", ", s_contactKinds)}");
            return;
        }

        ContactValue(contact, $"{path}.value");
        if (contact.Schedule is { } schedule && !schedule.IsValid())
        {
            InvalidEntry($"{path}.schedule", "needs weekday names, opens and closes as HH:mm with opens first, and a known time zone");
        }
    }

    private void ContactValue(ContactPoint contact, string path)
    {
        switch (contact.Kind)
        {
            case ContactKinds.Phone when Required(contact.Value, path) && !PhoneFormat().IsMatch(contact.Value):
                InvalidEntry(path, $"'{contact.Value}' is not a phone number written 1-NNN-NNN-NNNN");
                break;
            case ContactKinds.Relay when Required(contact.Value, path) && !RelayFormat().IsMatch(contact.Value):
                InvalidEntry(path, $"'{contact.Value}' is not a three-digit relay number");
                break;
            case ContactKinds.Email:
                Email(contact.Value, path);
                break;
            case ContactKinds.Web:
                Url(contact.Value, path, contact.AllowHttp);
                break;
            case ContactKinds.Chat:
                Required(contact.Value, path);
                break;
        }
    }

    private void ValidateSystems()
    {
        if (!RequiredList(_content.Systems, "systems"))
        {
            return;
        }

        for (var index = 0; index < _content.Systems.Count; index++)
        {
            System(_content.Systems[index], $"systems[{index}]");
        }

        UniqueIds(_content.Systems, system => system?.Id, "systems");
        foreach (var id in s_systemIds.Where(id => !_content.Systems.Exists(system => system?.Id == id)))
        {
            Problem("systems", $"content entry 'systems' has no system with id '{id}'");
        }
    }

    private void System(SystemContent? system, string path)
    {
        Fact(system, path);
        if (system is null)
        {
            return;
        }

        if (Required(system.Id, $"{path}.id") && !s_systemIds.Contains(system.Id))
        {
            InvalidEntry($"{path}.id", $"'{system.Id}' is not one of {string.Join(", ", s_systemIds)}");
        }

        Required(system.Name, $"{path}.name");
        Required(system.FullName, $"{path}.fullName");
        Choice(system.Address, $"{path}.address", (value, valuePath) => Url(value, valuePath, allowHttp: false));
        Hosts(system.Hosts, $"{path}.hosts");
        UnknownHosts(system.UnknownHosts, $"{path}.unknownHosts");
        Names(system.Names, $"{path}.names");
    }

    private void Hosts(List<KnownHost>? hosts, string path)
    {
        if (!RequiredList(hosts, path))
        {
            return;
        }

        for (var index = 0; index < hosts!.Count; index++)
        {
            var hostPath = $"{path}[{index}]";
            var host = hosts[index];
            Fact(host, hostPath);
            if (host is null)
            {
                continue;
            }

            HostName(host.Host, $"{hostPath}.host");
            if (!s_hostRoles.Contains(host.Role))
            {
                InvalidEntry($"{hostPath}.role", $"'{host.Role}' is not one of {string.Join(", ", s_hostRoles)}");
            }

            if (host.PathPrefix is { } prefix && !prefix.StartsWith('/'))
            {
                InvalidEntry($"{hostPath}.pathPrefix", $"'{prefix}' must start with '/'");
            }
        }
    }

    private void UnknownHosts(List<UnknownHost>? hosts, string path)
    {
        if (hosts is null)
        {
            return;
        }

        for (var index = 0; index < hosts.Count; index++)
        {
            var hostPath = $"{path}[{index}]";
            Fact(hosts[index], hostPath);
            if (hosts[index] is { } host)
            {
                HostName(host.Host, $"{hostPath}.host");
                Required(host.Reason, $"{hostPath}.reason");
            }
        }
    }

    private void HostName(string? host, string path)
    {
        if (Required(host, path) && !HostFormat().IsMatch(host!))
        {
            InvalidEntry(path, $"'{host}' is not a lower-case host name without scheme, port or trailing dot");
        }
    }

    private void Names(List<SystemName>? names, string path)
    {
        if (!RequiredList(names, path))
        {
            return;
        }

        for (var index = 0; index < names!.Count; index++)
        {
            Fact(names[index], $"{path}[{index}]");
            Required(names[index]?.Phrase, $"{path}[{index}].phrase");
        }
    }

    private void ValidateTips()
    {
        if (!RequiredList(_content.Tips, "tips"))
        {
            return;
        }

        for (var index = 0; index < _content.Tips.Count; index++)
        {
            var path = $"tips[{index}]";
            var tip = _content.Tips[index];
            Fact(tip, path);
            if (tip is null)
            {
                continue;
            }

            Required(tip.Id, $"{path}.id");
            Required(tip.Title, $"{path}.title");
            Required(tip.Detail, $"{path}.detail");
            Url(tip.Link, $"{path}.link", tip.AllowHttp, required: false);
        }

        UniqueIds(_content.Tips, tip => tip?.Id, "tips");
    }
}
