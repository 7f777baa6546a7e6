using System.Reflection;

namespace HelpBot.Protocol.Tests;

/// <summary>Locates the folder that contains HelpBot.sln.</summary>
internal static class RepositoryRoot
{
    /// <summary>
    /// Walks up from the test binaries, then from the test project's folder (stored in the assembly
    /// metadata at build time), because an artifacts path puts the binaries outside the repository.
    /// </summary>
    public static string Find()
    {
        var projectDirectory = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        return WalkUp(AppContext.BaseDirectory)
            ?? WalkUp(projectDirectory)
            ?? throw new InvalidOperationException($"HelpBot.sln was not found above {AppContext.BaseDirectory} or {projectDirectory}.");
    }

    private static string? WalkUp(string? start)
    {
        var directory = start is null ? null : new DirectoryInfo(start);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName;
    }
}
