using System.Text.Json;
using HelpBot.PiiScanner;

namespace HelpBot.Privacy.Tests.Tools;

public sealed class ScannerCommandTests
{
    [Fact]
    public async Task RunAsync_JsonLines_WritesAzureShapedEntities()
    {
        var (code, output, _) = await RunAsync([], """{"id":"1","text":"😀 Her SSN is 078-05-1120."}""");

        Assert.Equal(0, code);
        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("1", line.GetProperty("id").GetString());
        var entity = Assert.Single(line.GetProperty("entities").EnumerateArray());
        Assert.Equal("USSocialSecurityNumber", entity.GetProperty("category").GetString());
        Assert.Equal(14, entity.GetProperty("offset").GetInt32());
        Assert.Equal(11, entity.GetProperty("length").GetInt32());
        Assert.True(entity.GetProperty("score").GetDouble() > 0.5);
    }

    [Fact]
    public async Task RunAsync_MalformedLine_ReportsLineNumberAndContinues()
    {
        var input = "{\"id\":\"1\",\"text\":\"ok\"}\nnot json\n{\"id\":\"3\"}\n{\"id\":\"4\",\"text\":\"phone 303-555-0100\"}";

        var (code, output, error) = await RunAsync([], input);

        Assert.Equal(1, code);
        Assert.Contains("line 2: not valid JSON", error, StringComparison.Ordinal);
        Assert.Contains("line 3: missing", error, StringComparison.Ordinal);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("\"id\":\"4\"", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"id\":\"1\",\"text\":\"unterminated}", "line 1: not valid JSON (at $.text, byte 32); expected {\"id\": \"...\", \"text\": \"...\"}. Skipped.")]
    [InlineData("not json", "line 1: not valid JSON (at $, byte 2); expected")]
    [InlineData("[1,2]", "line 1: not a JSON object of strings (at $, byte 2); expected")]
    [InlineData("{\"id\":\"1\",\"text\":5}", "line 1: not a JSON object of strings (at $.text, byte 19); expected")]
    public async Task RunAsync_BadLine_TellsSyntaxFromShape(string input, string expected)
    {
        var (code, _, error) = await RunAsync([], input);

        Assert.Equal(1, code);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ByteOrderMarkOnFirstLine_ScansLine()
    {
        var (code, output, error) = await RunAsync([], "\uFEFF{\"id\":\"1\",\"text\":\"Her SSN is 078-05-1120.\"}");

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Contains("USSocialSecurityNumber", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Redact_WritesNonAsciiAsIs()
    {
        var (_, output, _) = await RunAsync(["--redact"], """{"id":"a","text":"Résumé for CHP+ can't load; SSN 078-05-1120."}""");

        Assert.Contains("\"redactedText\":\"Résumé for CHP+ can't load; SSN [SSN].\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AzureUnreachable_MarksLineAndSaysWhy()
    {
        Environment.SetEnvironmentVariable("Pii__Azure__Endpoint", "http://127.0.0.1:9");
        Environment.SetEnvironmentVariable("Pii__Azure__Key", "test-key");
        Environment.SetEnvironmentVariable("Pii__Azure__MaxRetries", "0");
        try
        {
            var (code, output, error) = await RunAsync(["--mode", "azure"], """{"id":"1","text":"Her SSN is 078-05-1120."}""");

            Assert.Equal(0, code);
            Assert.Contains("\"remoteUnavailable\":true", output, StringComparison.Ordinal);
            Assert.Contains("USSocialSecurityNumber", output, StringComparison.Ordinal);
            Assert.StartsWith("line 1: the Azure check was unavailable, so the local check's findings are reported. Azure could not be reached", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Pii__Azure__Endpoint", null);
            Environment.SetEnvironmentVariable("Pii__Azure__Key", null);
            Environment.SetEnvironmentVariable("Pii__Azure__MaxRetries", null);
        }
    }

    [Fact]
    public async Task RunAsync_Redact_AddsRedactedText()
    {
        var (_, output, _) = await RunAsync(["--redact"], """{"id":"a","text":"Her SSN is 078-05-1120."}""");

        var line = JsonDocument.Parse(output.Trim()).RootElement;
        Assert.Equal("Her SSN is [SSN].", line.GetProperty("redactedText").GetString());
    }

    [Theory]
    [InlineData(new string[0], "[]")]
    [InlineData(new[] { "--profile", "deskaid" }, "[]")]
    [InlineData(new[] { "--profile", "general" }, "Location")]
    public async Task RunAsync_Profile_ChoosesCategories(string[] args, string expected)
    {
        var (code, output, _) = await RunAsync(args, """{"id":"p","text":"I moved here from Norway."}""");

        Assert.Equal(0, code);
        var entities = JsonDocument.Parse(output.Trim()).RootElement.GetProperty("entities").EnumerateArray()
            .Select(e => e.GetProperty("category").GetString()).ToArray();
        Assert.Equal(expected, entities.Length == 0 ? "[]" : string.Join(",", entities));
    }

    [Theory]
    [InlineData("--profile", "everything")]
    [InlineData("--mode", "remote")]
    [InlineData("--unknown")]
    [InlineData("--input", "/nonexistent/helpbot-input.jsonl")]
    public async Task RunAsync_InvalidArguments_ExitsWithUsage(params string[] args)
    {
        var (code, _, error) = await RunAsync(args, "");

        Assert.Equal(2, code);
        Assert.Contains("Usage:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AzureModeWithoutEndpoint_ExitsWithSettingsError()
    {
        var (code, _, error) = await RunAsync(["--mode", "azure"], "");

        Assert.Equal(2, code);
        Assert.Contains("Pii:Azure:Endpoint is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AzureMode_NamesModeOption()
    {
        var (code, _, error) = await RunAsync(["--mode", "azure"], "");

        Assert.Equal(2, code);
        Assert.StartsWith("Invalid settings: Pii:Azure:Endpoint is missing. --mode azure needs the Language resource endpoint", error, StringComparison.Ordinal);
        Assert.Contains("or pass --mode local. --mode azure needs Azure sign-in.", error, StringComparison.Ordinal);
        Assert.DoesNotContain(".;", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Pii:Mode", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InputFolder_SaysFolder()
    {
        var folder = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);

        var (code, output, error) = await RunAsync(["--input", folder], "");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"Input '{folder}' is a folder, not a file; pass a JSON lines file with --input FILE.", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task RunAsync_Help_PrintsUsageAndSucceeds(string option)
    {
        var (code, output, error) = await RunAsync([option], "");

        Assert.Equal(0, code);
        Assert.StartsWith("Usage: HelpBot.PiiScanner", output.Trim(), StringComparison.Ordinal);
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("--profile", "nonsense", "--profile 'nonsense' is not one of: DeskAid, General.")]
    [InlineData("--profile", "1", "--profile '1' is not one of: DeskAid, General.")]
    [InlineData("--mode", "0", "--mode '0' is not one of: Local, Azure, Both.")]
    public async Task RunAsync_UnknownValue_NamesTheValue(string option, string value, string expected)
    {
        var (code, output, error) = await RunAsync([option, value], """{"id":"1","text":"x"}""");

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_OptionWithoutValue_SaysSo()
    {
        var (code, _, error) = await RunAsync(["--profile"], "");

        Assert.Equal(2, code);
        Assert.StartsWith("--profile needs a value.", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await ScannerCommand.RunAsync(args, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
