using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace HelpBot.Protocol.Serialization;

/// <summary>
/// Writes a timestamp in UTC with a <c>Z</c> suffix, as the Activity protocol requires for
/// <c>timestamp</c> and <c>expiration</c>; the default converter writes <c>+00:00</c>. Reads any ISO 8601 offset.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    // "F" digits drop trailing zeros, so "14:15:00.123Z" is written back unchanged.
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture));
    }
}
