using HelpBot.Domain.Systems;

namespace HelpBot.Domain.Reports;

/// <summary>Sorts a problem into one of <see cref="ErrorCategories"/>, for statistics and the steps rule.</summary>
internal static class ProblemClassifier
{
    private static readonly string[] s_noticeWords = ["letter", "notice", "mail center", "notification"];
    private static readonly string[] s_wrongWords = ["wrong", "glitch", "incorrect", "mistake", "real or", "doesn't make sense", "impossible", "typo", "makes no sense"];
    private static readonly string[] s_receiverWords = ["county", "cbms", "connect for health", "caseworker", "case worker"];
    private static readonly string[] s_notReceivedWords =
        ["don't see", "doesn't see", "don't have", "doesn't have", "not received", "didn't receive", "never received", "never got", "can't find", "cannot find", "no record", "not showing up", "never showed up"];
    private static readonly string[] s_uploadWords = ["upload", "uploaded", "uploading", "uploads"];
    private static readonly string[] s_accountWords =
        ["create account", "create an account", "make an account", "account creation", "log in", "login", "sign in", "signing in", "password", "locked out"];
    private static readonly string[] s_notLoadingWords =
        ["spins", "spinning", "won't load", "doesn't load", "not loading", "blank page", "won't move forward", "stuck", "freezes", "frozen", "times out"];

    public static string Classify(string text, string? errorMessage)
    {
        if (Any(text, s_noticeWords) && Any(text, s_wrongWords))
        {
            return ErrorCategories.NoticeContent;
        }

        if (Any(text, s_receiverWords) && Any(text, s_notReceivedWords))
        {
            return ErrorCategories.SubmissionNotReceived;
        }

        if (Any(text, s_uploadWords))
        {
            return ErrorCategories.Upload;
        }

        if (Any(text, s_accountWords))
        {
            return ErrorCategories.AccountAccess;
        }

        if (Any(text, s_notLoadingWords))
        {
            return ErrorCategories.PageNotLoading;
        }

        return errorMessage is not null || TextSearch.ContainsPhrase(text, "error") ? ErrorCategories.ErrorMessage : ErrorCategories.Other;
    }

    private static bool Any(string text, string[] phrases) => Array.Exists(phrases, phrase => TextSearch.ContainsPhrase(text, phrase));
}
