using Microsoft.Extensions.Logging;

namespace HelpBot.Domain.Content;

/// <summary>Reads and validates the content file.</summary>
public static class DeskAidContentLoader
{
    /// <summary>Default location: <c>Content/desk-aid-content.json</c> under the application's base directory.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Content", "desk-aid-content.json");

    /// <summary>Loads and validates the content file at <paramref name="path"/>.</summary>
    /// <exception cref="ContentValidationException">The file is missing, is not valid JSON, or breaks a content rule.</exception>
    public static DeskAidContent Load(string path, ILogger? logger = null) => throw new NotImplementedException();
}
