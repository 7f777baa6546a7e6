using System.Text;
using Microsoft.Extensions.Logging.Testing;

namespace HelpBot.Runtime.Tests.TestDoubles;

/// <summary>Flattens captured log records into the text a log sink would write.</summary>
internal static class LogText
{
    public static string Of(FakeLogCollector collector)
    {
        var text = new StringBuilder();
        foreach (var record in collector.GetSnapshot())
        {
            text.AppendLine(record.Message);
            text.AppendLine(record.Exception?.ToString());
            foreach (var (key, value) in record.StructuredState ?? [])
            {
                text.Append(key).Append('=').AppendLine(value);
            }
        }

        return text.ToString();
    }
}
