namespace HelpBot.Domain.Reports;

/// <summary>Splits free text into sentences at '.', '!' or '?' followed by white space.</summary>
internal static class TextSentences
{
    public static IEnumerable<string> Split(string text)
    {
        var start = 0;
        for (var index = 0; index < text.Length; index++)
        {
            var ends = text[index] is '.' or '!' or '?' && (index + 1 == text.Length || char.IsWhiteSpace(text[index + 1]));
            if (!ends)
            {
                continue;
            }

            var sentence = text[start..(index + 1)].Trim();
            if (sentence.Length > 0)
            {
                yield return sentence;
            }

            start = index + 1;
        }

        var rest = text[start..].Trim();
        if (rest.Length > 0)
        {
            yield return rest;
        }
    }
}
