using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace HelpBot.Domain.Content;

/// <summary>Reads and validates the content file.</summary>
public static class DeskAidContentLoader
{
    /// <summary>Default location: <c>Content/desk-aid-content.json</c> under the application's base directory.</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "Content", "desk-aid-content.json");

    /// <summary>Loads and validates the content file at <paramref name="path"/>.</summary>
    /// <exception cref="ContentValidationException">The file is missing, is not valid JSON, or breaks a content rule.</exception>
    public static DeskAidContent Load(string path, ILogger? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = OpenRead(path);
        return Finish(path, Deserialize(path, stream), logger);
    }

    /// <summary>Loads and validates the content file at <paramref name="path"/> with asynchronous reads.</summary>
    /// <exception cref="ContentValidationException">The file is missing, is not valid JSON, or breaks a content rule.</exception>
    public static async Task<DeskAidContent> LoadAsync(string path, ILogger? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        await using var stream = OpenRead(path);
        DeskAidContent? content;
        try
        {
            content = await JsonSerializer.DeserializeAsync(stream, ContentJsonContext.Default.DeskAidContent, cancellationToken);
        }
        catch (JsonException exception)
        {
            throw InvalidJson(path, exception);
        }

        return Finish(path, content, logger);
    }

    private static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.Asynchronous);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ContentValidationException($"Content file '{path}' could not be read: {exception.Message}", exception);
        }
    }

    private static DeskAidContent? Deserialize(string path, Stream stream)
    {
        try
        {
            return JsonSerializer.Deserialize(stream, ContentJsonContext.Default.DeskAidContent);
        }
        catch (JsonException exception)
        {
            throw InvalidJson(path, exception);
        }
    }

    private static DeskAidContent Finish(string path, DeskAidContent? content, ILogger? logger)
    {
        if (content is null)
        {
            throw new ContentValidationException($"Content file '{path}' is invalid: the file contains JSON null instead of an object.");
        }

        var problems = new ContentValidator(content).Validate();
        if (problems.Count > 0)
        {
            if (logger is not null)
            {
                Log.ContentInvalid(logger, path, problems.Count, problems[0].Path);
            }

            throw Invalid(path, problems);
        }

        if (logger is not null)
        {
            Log.ContentLoaded(logger, content.Version, content.Sources.Count, content.Contacts.Count,
                content.Tips.Count, content.Training.Topics.Count, content.HelpTopics.Count);
        }

        return content;
    }

    private static ContentValidationException Invalid(string path, IReadOnlyList<ContentProblem> problems)
    {
        var more = problems.Count > 1 ? $" ({problems.Count - 1} more problems follow in Problems)" : string.Empty;
        return new ContentValidationException($"Content file '{path}' is invalid: {problems[0].Message}{more}.")
        {
            EntryPath = problems[0].Path,
            Problems = problems.Select(problem => problem.Message).ToList(),
        };
    }

    private static ContentValidationException InvalidJson(string path, JsonException exception)
    {
        var entryPath = exception.Path is { Length: > 0 } jsonPath ? jsonPath.TrimStart('$').TrimStart('.') : null;
        var message = $"Content file '{path}' is not valid content JSON at entry '{entryPath}' " +
            $"(line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}): {exception.Message}";
        return new ContentValidationException(message, exception)
        {
            EntryPath = entryPath,
            Problems = [message],
        };
    }
}
