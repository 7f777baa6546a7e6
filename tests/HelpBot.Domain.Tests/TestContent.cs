using System.Reflection;
using HelpBot.Domain.Content;
using HelpBot.Domain.Reports;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Domain.Tests;

/// <summary>Shared fixtures: the shipped content file, the repository root and a fixed clock.</summary>
internal static class TestContent
{
    private static readonly Lazy<DeskAidContent> s_content = new(() => DeskAidContentLoader.Load(ContentPath));

    /// <summary>2026-09-01 19:00 in Denver (MDT, UTC-6).</summary>
    public static readonly DateTimeOffset Now = new(2026, 9, 1, 19, 0, 0, TimeSpan.FromHours(-6));

    /// <summary>The content file copied to the test output directory.</summary>
    public static string ContentPath => DeskAidContentLoader.DefaultPath;

    public static DeskAidContent Content => s_content.Value;

    public static ExtractionContext CreateContext(DateTimeOffset? now = null) =>
        new(Content, new FakeTimeProvider(now ?? Now), TimeZoneInfo.FindSystemTimeZoneById("America/Denver"));

    /// <summary>
    /// Returns the folder holding HelpBot.sln, found by walking up from the test binaries or, when
    /// they were built outside the repository (--artifacts-path), from the test project's folder.
    /// </summary>
    public static string RepositoryRoot()
    {
        var sourceDirectory = typeof(TestContent).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "SourceDirectory")?.Value;
        return FindSolutionFolder(AppContext.BaseDirectory)
            ?? FindSolutionFolder(sourceDirectory)
            ?? throw new DirectoryNotFoundException("No folder above the test binaries or the test project holds HelpBot.sln.");
    }

    private static string? FindSolutionFolder(string? start)
    {
        var directory = start is null ? null : new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
