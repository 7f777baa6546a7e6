using System.Text;
using HelpBot.Domain.Reports;

namespace HelpBot.Domain.Tests.Reports;

/// <summary>
/// Which messages match a training topic or an elsewhere route: a short question in the user's words does, and
/// pasted logs, stack traces, long texts and keywords inside identifiers do not.
/// </summary>
public sealed class TrainingMatchTests
{
    /// <summary>Returns a web server log of about 23,000 characters with one "timeout" line in its first 8,000 characters, which the extractor reads.</summary>
    public static string PastedLog()
    {
        var log = new StringBuilder("PEAK shows an error on the income page, here is what the console printed:\n");
        for (var line = 0; log.Length < 23_000; line++)
        {
            log.Append("2026-08-31 10:15:").Append((line % 60).ToString("00", System.Globalization.CultureInfo.InvariantCulture))
                .Append(" INFO  [http-nio-8080-exec-").Append(line % 9).Append("] GET /peak/s/income 200 in 41 ms\n");
            if (line == 40)
            {
                log.Append("2026-08-31 10:16:40 WARN  [http-nio-8080-exec-3] upstream request timeout after 30000 ms\n");
            }
        }

        return log.ToString();
    }

    [Fact]
    public void Extract_LongPastedLogWithTimeout_IsTechnical()
    {
        var message = PastedLog();

        var result = Extract(message);

        Assert.True(message.Length >= 23_000);
        Assert.Contains("timeout", message, StringComparison.Ordinal);
        Assert.Null(result.TrainingTopic);
        Assert.Equal(ReportKinds.Technical, result.Report.Kind);
    }

    [Theory]
    [InlineData("PEAK timed out, here is the log:\n2026-08-31 10:16:40 WARN upstream request timeout after 30000 ms")]
    [InlineData("PEAK timed out, here is the log:\n[ERROR] session timeout for request 42")]
    [InlineData("PEAK shows a blank page.\nERROR: gateway timeout")]
    [InlineData("The page showed this:\njava.net.SocketTimeoutException: Read timed out\n\tat java.net.SocketInputStream.read(SocketInputStream.java:150)")]
    [InlineData("Traceback (most recent call last):\n  File \"upload.py\", line 3, in send\nTimeoutError: timed out")]
    [InlineData("Submitting the renewal gives System.TimeoutException: The operation has timed out.")]
    [InlineData("Console: Failed to load resource: net::ERR_TIMED_OUT after the session timeout")]
    [InlineData("{\"level\":\"error\",\"msg\":\"session expired\",\"page\":\"/peak/s/income\"}")]
    public void Extract_LogOrStackTrace_IsTechnical(string message)
    {
        var result = Extract(message);

        Assert.Null(result.TrainingTopic);
        Assert.Equal(ReportKinds.Technical, result.Report.Kind);
    }

    [Theory]
    [InlineData("PEAK fails on the income page, the settings show read_timeout and session_timeout")]
    [InlineData("PEAK fails on submit with code http.timeout in the details")]
    [InlineData("PEAK fails on submit, the details show timeout=30")]
    [InlineData("PEAK fails on submit, the details say reason:timeout")]
    [InlineData("PEAK fails, the upload_password field is expired_reset")]
    public void Extract_KeywordInsideIdentifier_IsTechnical(string message)
    {
        var result = Extract(message);

        Assert.Null(result.TrainingTopic);
        Assert.Equal(ReportKinds.Technical, result.Report.Kind);
    }

    [Fact]
    public void Extract_LongTextWithTimeout_IsTechnical()
    {
        var story = string.Join(' ', Enumerable.Repeat("We entered the income and the household members on the PEAK page again.", 10));
        var message = $"{story} Then it said time out and the page went blank.";

        var result = Extract(message);

        Assert.True(message.Split(' ').Length > TopicMatcher.MaxTrainingQuestionWords);
        Assert.Null(result.TrainingTopic);
        Assert.Equal(ReportKinds.Technical, result.Report.Kind);
    }

    // The same topics in the user's own words stay training questions.
    [Theory]
    [InlineData("PEAK logged me out while we were typing", "session-timeout")]
    [InlineData("Error: Your session has timed out. Please log in again.", "session-timeout")]
    [InlineData("PEAK timed out.Please help", "session-timeout")]
    [InlineData("The password-reset link says it expired", "password-reset")]
    [InlineData("She forgot her username/password for PEAK", "password-reset")]
    [InlineData("At 10:15 PEAK said the session timeout hit again", "session-timeout")]
    public void Extract_QuestionInOwnWords_MatchesTopic(string message, string topicId)
    {
        var result = Extract(message);

        Assert.Equal(topicId, result.TrainingTopic?.Id);
        Assert.Equal(ReportKinds.Training, result.Report.Kind);
    }

    [Fact]
    public void Extract_RouteWordsInLogLine_StaysTechnical()
    {
        var result = Extract("PEAK shows an error on the income page.\n2026-08-31 10:15:02 INFO cbms sync: caseworker queue refreshed");

        Assert.Null(result.ElsewhereRoute);
        Assert.Equal(ReportKinds.Technical, result.Report.Kind);
    }

    [Fact]
    public void Extract_RouteInProseBeforeLog_IsElsewhere()
    {
        var result = Extract("Is PEAK down for everyone? The console shows:\n2026-08-31 10:15:02 ERROR upstream unavailable");

        Assert.Equal("general-outage", result.ElsewhereRoute?.Id);
    }

    private static ExtractionResult Extract(string message) => ReportExtractor.Extract(message, null, TestContent.CreateContext());
}
