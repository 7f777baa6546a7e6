using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Carries the answers of a report into the report read again from a corrected description, wherever the
/// new description gives no value of its own, so correcting the description loses no answer.
/// </summary>
public static class ReportCarryOver
{
    /// <summary>
    /// Copies into <paramref name="corrected"/> what <paramref name="previous"/> contains and the corrected
    /// description left empty. The tips tried are joined. The system and the urgency answer carry over
    /// unless the corrected description names another system.
    /// </summary>
    public static void Apply(IssueReport previous, IssueReport corrected)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(corrected);
        CarrySystem(previous, corrected);
        corrected.TipsTried = [.. corrected.TipsTried.Union(previous.TipsTried, StringComparer.Ordinal)];
        if (corrected.StepsTried.Count == 0)
        {
            corrected.StepsTried = [.. previous.StepsTried];
        }

        corrected.Username ??= previous.Username;
        corrected.Page ??= previous.Page;
        corrected.Impact ??= previous.Impact;
        corrected.Os ??= previous.Os;
        corrected.Device ??= previous.Device;
        corrected.MobileApp ??= previous.MobileApp;
        corrected.MobileIndicated |= previous.MobileIndicated;
        corrected.Browser ??= previous.Browser;
        corrected.CreatedAt = previous.CreatedAt ?? corrected.CreatedAt;
        CarryWhen(previous, corrected);
        CarryCaseNumber(previous, corrected);
        CarryScreenshots(previous, corrected);
    }

    private static void CarrySystem(IssueReport previous, IssueReport corrected)
    {
        if (corrected.System == SupportSystems.Unknown)
        {
            corrected.System = previous.System;
            corrected.PageUrl ??= previous.PageUrl;
            corrected.IsOldBookmark |= previous.IsOldBookmark;
        }

        if (corrected.System == previous.System)
        {
            corrected.MedicallyUrgent ??= previous.MedicallyUrgent;
            corrected.PageUrl ??= previous.PageUrl;
            corrected.PageSuggestion ??= previous.PageSuggestion;
        }
    }

    private static void CarryWhen(IssueReport previous, IssueReport corrected)
    {
        if (corrected.When is not null || previous.When is null)
        {
            return;
        }

        corrected.When = previous.When;
        corrected.WhenHasClockTime = previous.WhenHasClockTime;
        corrected.TimeZoneId = previous.TimeZoneId;
        corrected.WhenReplacesDescriptionTime = previous.WhenReplacesDescriptionTime || corrected.WhenLaterThanNow is not null;
        corrected.WhenLaterThanNow = null;
    }

    private static void CarryCaseNumber(IssueReport previous, IssueReport corrected)
    {
        if (corrected.CaseNumber is not null || corrected.TrackingNumber is not null || corrected.NoCaseNumber || corrected.CaseNumberNotKnown)
        {
            return;
        }

        corrected.CaseNumber = previous.CaseNumber;
        corrected.TrackingNumber = previous.TrackingNumber;
        corrected.NoCaseNumber = previous.NoCaseNumber;
        corrected.CaseNumberNotKnown = previous.CaseNumberNotKnown;
    }

    // Files already named or uploaded win over a "no screenshot" in the new text.
    private static void CarryScreenshots(IssueReport previous, IssueReport corrected)
    {
        if (corrected.Screenshots.Count > 0)
        {
            return;
        }

        if (previous.Screenshots.Count > 0)
        {
            corrected.Screenshots = [.. previous.Screenshots];
            corrected.NoScreenshots = false;
            return;
        }

        corrected.NoScreenshots |= previous.NoScreenshots;
    }
}
