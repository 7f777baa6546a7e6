using System.Text.RegularExpressions;

namespace HelpBot.Domain.Reports;

/// <summary>
/// Finds pasted log and error text in a message: stack frames, exception lines, timestamped or level-tagged
/// log lines, JSON records and browser console errors. Keywords in such lines are the system's words, not
/// the user's, so topic matching skips them.
/// </summary>
internal static partial class LogText
{
    // A stack frame: "at Foo.Bar(File.cs:12)", "at async Main (app.js:3:9)", Python's "File "x.py", line 3",
    // or its "Traceback (most recent call last):".
    [GeneratedRegex(@"^\s*(?:at\s+(?:async\s+)?[\w$.<>\[\]`]+\s*\(|at\s+\S+:\d+(?::\d+)?\s*$|File\s+""[^""]+"",\s+line\s+\d+|Traceback\s+\(most recent call last\))",
        RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex StackFrame();

    // An exception type ("java.net.SocketTimeoutException", "System.TimeoutException") or an error type before a
    // colon ("TimeoutError:", "TypeError:"). A bare "Error:", as pages show it, is no error type.
    [GeneratedRegex(@"\b\w+Exception\b|\b[A-Z]\w*Error:",
        RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex ExceptionType();

    // A line that starts with a timestamp with seconds ("2026-08-31 10:15:02", "[10:15:02.123]") or a log level
    // in capitals with a colon or in brackets ("ERROR:", "[WARN]"). "Error: ..." as a page shows it is no log line.
    [GeneratedRegex(@"^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}|\[?\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)?\]?\s|\[(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE)\]|(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE):)",
        RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex LogLineStart();

    // A JSON record or brace line, an HTTP request line ("GET /peak/s/ HTTP/1.1"), or a browser console error
    // ("net::ERR_TIMED_OUT", "Uncaught TypeError").
    [GeneratedRegex(@"^\s*[{}\[\]]|\b(?:GET|POST|PUT|PATCH|DELETE)\s+/\S*\s+HTTP/\d|\bnet::ERR_|\bUncaught\s+(?:\(in promise\)|\w+Error)",
        RegexOptions.CultureInvariant, RegexLimits.TimeoutMilliseconds)]
    private static partial Regex MachineLine();

    /// <summary>Returns whether any line of <paramref name="text"/> is log or error output.</summary>
    public static bool Contains(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n').Any(IsLogLine);
    }

    /// <summary>Returns <paramref name="text"/> without its log and error lines, joined by line breaks.</summary>
    public static string WithoutLogLines(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return string.Join('\n', text.Split('\n').Where(line => !IsLogLine(line)));
    }

    private static bool IsLogLine(string line) =>
        StackFrame().IsMatch(line) || ExceptionType().IsMatch(line) || LogLineStart().IsMatch(line) || MachineLine().IsMatch(line);
}
