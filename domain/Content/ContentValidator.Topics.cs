namespace HelpBot.Domain.Content;

/// <summary>Checks of privacy definitions, help topics, roles and elsewhere routes.</summary>
internal sealed partial class ContentValidator
{
    private void ValidatePrivacy()
    {
        const string path = "privacy";
        var privacy = _content.Privacy;
        Fact(privacy, path);
        if (privacy is null)
        {
            return;
        }

        TextFact(privacy.PiiDefinition, $"{path}.piiDefinition");
        TextFacts(privacy.PiiItems, $"{path}.piiItems");
        TextFacts(privacy.PhiDefinition, $"{path}.phiDefinition");
        Url(privacy.MoreInformationUrl, $"{path}.moreInformationUrl", privacy.AllowHttp);
    }

    private void ValidateHelpTopics()
    {
        if (!RequiredList(_content.HelpTopics, "helpTopics"))
        {
            return;
        }

        for (var index = 0; index < _content.HelpTopics.Count; index++)
        {
            HelpTopic(_content.HelpTopics[index], $"helpTopics[{index}]");
        }

        UniqueIds(_content.HelpTopics, topic => topic?.Id, "helpTopics");
    }

    private void HelpTopic(HelpTopic? topic, string path)
    {
        Fact(topic, path);
        if (topic is null)
        {
            return;
        }

        Required(topic.Id, $"{path}.id");
        Required(topic.Title, $"{path}.title");
        Strings(topic.Keywords, $"{path}.keywords", required: true);
        if (!RequiredList(topic.Sections, $"{path}.sections"))
        {
            return;
        }

        for (var index = 0; index < topic.Sections.Count; index++)
        {
            var sectionPath = $"{path}.sections[{index}]";
            var section = topic.Sections[index];
            Fact(section, sectionPath);
            if (section is null)
            {
                continue;
            }

            Required(section.Id, $"{sectionPath}.id");
            Required(section.Heading, $"{sectionPath}.heading");
            Strings(section.Steps, $"{sectionPath}.steps", required: true);
            Url(section.Link, $"{sectionPath}.link", section.AllowHttp, required: false);
        }

        UniqueIds(topic.Sections, section => section?.Id, $"{path}.sections");
    }

    private void ValidateRoles()
    {
        if (!RequiredList(_content.Roles, "roles"))
        {
            return;
        }

        for (var index = 0; index < _content.Roles.Count; index++)
        {
            var path = $"roles[{index}]";
            Fact(_content.Roles[index], path);
            Required(_content.Roles[index]?.Id, $"{path}.id");
            Required(_content.Roles[index]?.Title, $"{path}.title");
            var synonyms = _content.Roles[index]?.Synonyms ?? [];
            for (var synonym = 0; synonym < synonyms.Count; synonym++)
            {
                Required(synonyms[synonym], $"{path}.synonyms[{synonym}]");
            }
        }

        UniqueIds(_content.Roles, role => role?.Id, "roles");
    }

    private void ValidateElsewhere()
    {
        if (!RequiredList(_content.Elsewhere, "elsewhere"))
        {
            return;
        }

        for (var index = 0; index < _content.Elsewhere.Count; index++)
        {
            var path = $"elsewhere[{index}]";
            var route = _content.Elsewhere[index];
            Fact(route, path);
            if (route is null)
            {
                continue;
            }

            Required(route.Id, $"{path}.id");
            Required(route.Title, $"{path}.title");
            KeywordGroups(route.Keywords, $"{path}.keywords");
            if (route.Keywords is { Count: 0 })
            {
                Problem($"{path}.keywords", $"content entry '{path}.keywords' is empty; it needs at least one item");
            }

            Strings(route.Guidance, $"{path}.guidance", required: true);
            ContactReferences(route.ContactIds, $"{path}.contactIds", required: false);
        }

        UniqueIds(_content.Elsewhere, route => route?.Id, "elsewhere");
    }
}
