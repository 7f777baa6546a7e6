using System.Reflection;
using HelpBot.Testing;

namespace HelpBot.Cards.Tests.Validation;

/// <summary>Locates the repository and the shared folder beside it.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "HelpBot.sln";

    /// <summary>
    /// Returns the folder that contains HelpBot.sln: searched up from the test binaries, or, when
    /// they were built outside the repository (--artifacts-path), the folder recorded at build time.
    /// </summary>
    public static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, SolutionFile)))
        {
            directory = directory.Parent;
        }

        if (directory is not null)
        {
            return directory.FullName;
        }

        var recorded = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        if (recorded is not null && File.Exists(Path.Combine(recorded, SolutionFile)))
        {
            return recorded;
        }

        throw new InvalidOperationException(
            $"{SolutionFile} not found above {AppContext.BaseDirectory} or at '{recorded}'; build the tests from the repository.");
    }

    public static string Shared(params string[] parts) =>
        SharedFolder.Combine(FindRoot(), parts);
}
