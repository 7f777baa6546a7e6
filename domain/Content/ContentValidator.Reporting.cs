using HelpBot.Domain.Reports;
using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Content;

/// <summary>Checks of the PEAK e-mail, the Service Center call and the training topics.</summary>
internal sealed partial class ContentValidator
{
    private static readonly string[] s_reportFields =
    [
        ReportFields.Description, ReportFields.Username, ReportFields.Page, ReportFields.When,
        ReportFields.StepsTried, ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Screenshot,
        ReportFields.Os, ReportFields.Device, ReportFields.Browser, ReportFields.ErrorMessage,
    ];

    // The fields the desk aid requires in the PEAK e-mail.
    private static readonly string[] s_requiredEmailFields =
    [
        ReportFields.Description, ReportFields.Username, ReportFields.Page, ReportFields.When,
        ReportFields.StepsTried, ReportFields.Impact, ReportFields.CaseNumber, ReportFields.Screenshot,
    ];

    private void ValidatePeakReport()
    {
        const string path = "peakReport";
        var report = _content.PeakReport;
        Fact(report, path);
        if (report is null)
        {
            return;
        }

        ContactReference(report.HelpDeskContactId, $"{path}.helpDeskContactId", ContactKinds.Email);
        EmailFields(report.EmailFields, $"{path}.emailFields");
        TextFact(report.PiiWarning, $"{path}.piiWarning");
        TextFacts(report.ScreenshotPiiOptions, $"{path}.screenshotPiiOptions");
        TextFacts(report.WhatToExpect, $"{path}.whatToExpect");
        TextFacts(report.PostBuildCalls, $"{path}.postBuildCalls");
        UrgentCases(report.UrgentCases, $"{path}.urgentCases");
    }

    private void EmailFields(List<EmailField>? fields, string path)
    {
        if (!RequiredList(fields, path))
        {
            return;
        }

        for (var index = 0; index < fields!.Count; index++)
        {
            var fieldPath = $"{path}[{index}]";
            var field = fields[index];
            Fact(field, fieldPath);
            if (field is null)
            {
                continue;
            }

            ReportField(field.Id, $"{fieldPath}.id");
            Required(field.Heading, $"{fieldPath}.heading");
            Required(field.Question, $"{fieldPath}.question");
        }

        UniqueIds(fields, field => field?.Id, path);
        foreach (var id in s_requiredEmailFields.Where(id => !fields.Exists(field => field?.Id == id && field.Required)))
        {
            Problem(path, $"content entry '{path}' has no required field with id '{id}'");
        }
    }

    private void ReportField(string? id, string path)
    {
        if (Required(id, path) && !s_reportFields.Contains(id))
        {
            InvalidEntry(path, $"'{id}' is not a report field ({string.Join(", ", s_reportFields)})");
        }
    }

    private void UrgentCases(UrgentCaseContent? urgent, string path)
    {
        Fact(urgent, path);
        if (urgent is null)
        {
            return;
        }

        TextFact(urgent.Guidance, $"{path}.guidance");
        TextFacts(urgent.Entities, $"{path}.entities");
        ContactReferences(urgent.ContactIds, $"{path}.contactIds", required: true);
    }

    private void ContactReferences(List<string>? ids, string path, bool required)
    {
        if (ids is null || ids.Count == 0)
        {
            if (required)
            {
                RequiredList(ids, path);
            }

            return;
        }

        for (var index = 0; index < ids.Count; index++)
        {
            ContactReference(ids[index], $"{path}[{index}]");
        }
    }

    private void ValidateServiceCenter()
    {
        const string path = "serviceCenter";
        var center = _content.ServiceCenter;
        Fact(center, path);
        if (center is null)
        {
            return;
        }

        ContactReference(center.PhoneContactId, $"{path}.phoneContactId", ContactKinds.Phone);
        ContactReference(center.TtyContactId, $"{path}.ttyContactId", ContactKinds.Phone);
        TextFact(center.CustomerMustBePresent, $"{path}.customerMustBePresent");
        TextFacts(center.HaveReady, $"{path}.haveReady");
        TextFact(center.NeverTypeIntoChat, $"{path}.neverTypeIntoChat");
        DescribeItems(center.Describe, $"{path}.describe");
        TextFacts(center.NoteDuringCall, $"{path}.noteDuringCall");
        TextFacts(center.WhatToExpect, $"{path}.whatToExpect");
        TextFact(center.EscalationWhen, $"{path}.escalationWhen");
        TextFacts(center.Escalation, $"{path}.escalation");
        TextFact(center.StatusCheck, $"{path}.statusCheck");
        TextFact(center.RoleNote, $"{path}.roleNote");
    }

    private void DescribeItems(List<DescribeItem>? items, string path)
    {
        if (!RequiredList(items, path))
        {
            return;
        }

        for (var index = 0; index < items!.Count; index++)
        {
            var itemPath = $"{path}[{index}]";
            Fact(items[index], itemPath);
            if (items[index] is { } item)
            {
                Required(item.Id, $"{itemPath}.id");
                Required(item.Text, $"{itemPath}.text");
                ReportField(item.Field, $"{itemPath}.field");
            }
        }

        UniqueIds(items, item => item?.Id, path);
    }

    private void ValidateTraining()
    {
        const string path = "training";
        var training = _content.Training;
        Fact(training, path);
        if (training is null)
        {
            return;
        }

        Choice(training.WhereToGetTraining, $"{path}.whereToGetTraining",
            (ids, valuePath) => ContactReferences(ids, valuePath, required: true));
        if (!RequiredList(training.Topics, $"{path}.topics"))
        {
            return;
        }

        for (var index = 0; index < training.Topics.Count; index++)
        {
            TrainingTopic(training.Topics[index], $"{path}.topics[{index}]");
        }

        UniqueIds(training.Topics, topic => topic?.Id, $"{path}.topics");
    }

    private void TrainingTopic(TrainingTopic? topic, string path)
    {
        Fact(topic, path);
        if (topic is null)
        {
            return;
        }

        Required(topic.Id, $"{path}.id");
        Required(topic.Title, $"{path}.title");
        if (Required(topic.System, $"{path}.system") && !s_systemIds.Contains(topic.System))
        {
            InvalidEntry($"{path}.system", $"'{topic.System}' is not one of {string.Join(", ", s_systemIds)}");
        }

        KeywordGroups(topic.Keywords, $"{path}.keywords");
        for (var index = 0; index < (topic.Triggers?.Count ?? 0); index++)
        {
            var trigger = topic.Triggers![index];
            if (!TrainingTriggers.All.Contains(trigger))
            {
                InvalidEntry($"{path}.triggers[{index}]", $"'{trigger}' is not one of {string.Join(", ", TrainingTriggers.All)}");
            }
        }

        Strings(topic.Guidance, $"{path}.guidance", required: true);
        for (var index = 0; index < (topic.AcceptedFileTypes?.Count ?? 0); index++)
        {
            var type = topic.AcceptedFileTypes![index];
            if (Required(type, $"{path}.acceptedFileTypes[{index}]") && (type.Length < 2 || type[0] != '.'))
            {
                InvalidEntry($"{path}.acceptedFileTypes[{index}]", $"'{type}' must be a file extension starting with '.'");
            }
        }

        GuidanceWithoutFileTypes(topic, path);
        if (topic.MaxFileSizeMb is <= 0)
        {
            InvalidEntry($"{path}.maxFileSizeMb", "the size limit must be greater than 0");
        }
    }

    // The answer lists acceptedFileTypes on a line of its own, so guidance that lists them too shows them twice.
    private void GuidanceWithoutFileTypes(TrainingTopic topic, string path)
    {
        var types = topic.AcceptedFileTypes ?? [];
        for (var index = 0; index < (topic.Guidance?.Count ?? 0); index++)
        {
            var named = types.Count(type => !string.IsNullOrEmpty(type) && TextSearch.ContainsPhrase(topic.Guidance![index] ?? "", type));
            if (named >= 2)
            {
                InvalidEntry($"{path}.guidance[{index}]", "it lists file types; the answer lists acceptedFileTypes itself, so leave them out of the guidance");
            }
        }
    }

    private void KeywordGroups(List<List<string>>? groups, string path)
    {
        if (groups is null)
        {
            Missing(path);
            return;
        }

        for (var index = 0; index < groups.Count; index++)
        {
            Strings(groups[index], $"{path}[{index}]", required: true);
        }
    }

    private void Strings(List<string>? values, string path, bool required)
    {
        if (values is null || values.Count == 0)
        {
            if (required)
            {
                RequiredList(values, path);
            }

            return;
        }

        for (var index = 0; index < values.Count; index++)
        {
            Required(values[index], $"{path}[{index}]");
        }
    }
}
