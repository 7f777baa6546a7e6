using System.Reflection;

namespace HelpBot.Privacy.Tests;

/// <summary>Locates the folder that contains HelpBot.sln.</summary>
internal static class RepositoryRoot
{
    /// <summary>
    /// Walks up from <see cref="AppContext.BaseDirectory"/> to the folder containing HelpBot.sln. When
    /// the build output is outside the repository (an artifacts path), walks up from the test project's
    /// source folder, which the build stores in the assembly metadata.
    /// </summary>
    public static string Find()
    {
        var projectDirectory = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ProjectDirectory")?.Value;
        return WalkUp(AppContext.BaseDirectory)
            ?? WalkUp(projectDirectory)
            ?? throw new InvalidOperationException($"HelpBot.sln not found above {AppContext.BaseDirectory} or {projectDirectory}.");
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
