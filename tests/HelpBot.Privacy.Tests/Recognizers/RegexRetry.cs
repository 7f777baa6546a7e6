using System.Text.RegularExpressions;

namespace HelpBot.Privacy.Tests.Recognizers;

/// <summary>
/// Runs a production regex, with its 200 ms match timeout, up to three times. A timeout in a test comes from
/// the test thread being descheduled on a busy machine, as the analyzer's own retry assumes.
/// </summary>
internal static class RegexRetry
{
    private const int Attempts = 3;

    /// <summary>Returns <paramref name="run"/>'s result, running it again after a timeout.</summary>
    public static T Run<T>(Func<T> run)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return run();
            }
            catch (RegexMatchTimeoutException) when (attempt < Attempts)
            {
            }
        }
    }

    /// <summary>Returns the start index of every match of <paramref name="regex"/> in <paramref name="text"/>.</summary>
    public static List<int> MatchStarts(Regex regex, string text) => Run(() =>
    {
        var starts = new List<int>();
        foreach (var match in regex.EnumerateMatches(text))
        {
            starts.Add(match.Index);
        }

        return starts;
    });
}
