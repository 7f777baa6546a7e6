using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace HelpBot.Cards.Tests.Text;

/// <summary>
/// Renders card text with Markdig (CommonMark plus GitHub-style extensions and autolinks), a
/// stricter stand-in for the markdown renderers of Web Chat and Teams.
/// </summary>
internal static partial class MarkdownRendering
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseAutoLinks()
        .Build();

    public static string ToHtml(string markdown) => Markdown.ToHtml(markdown, Pipeline);

    /// <summary>Returns the HTML tag names the text renders to, other than paragraphs and line breaks.</summary>
    public static IReadOnlyList<string> FormattingTags(string markdown) =>
        TagName().Matches(ToHtml(markdown))
            .Select(match => match.Groups[1].Value.ToLowerInvariant())
            .Where(tag => tag is not ("p" or "br"))
            .Distinct()
            .ToList();

    /// <summary>Returns the visible text: tags removed, entities decoded, word joiners dropped, lines trimmed.</summary>
    public static string VisibleText(string markdown)
    {
        var text = WebUtility.HtmlDecode(AnyTag().Replace(ToHtml(markdown), string.Empty)).Replace("\u2060", string.Empty);
        return string.Join("\n", text.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0));
    }

    [GeneratedRegex("<([a-zA-Z][a-zA-Z0-9]*)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagName();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyTag();
}
