namespace HelpBot.EndToEnd.Tests.Infrastructure;

/// <summary>Folders of the repository that the end-to-end tests run things from.</summary>
internal static class RepositoryPaths
{
    /// <summary>
    /// The folder that contains HelpBot.sln, found by walking up from the test binaries, else the
    /// folder the tests were built from.
    /// </summary>
    public static string Root { get; } = FindRoot();

    public static string BotProjectDirectory => Path.Combine(Root, "bot");

    /// <summary>The Node package with the real JavaScript clients (tests/clients).</summary>
    public static string ClientsDirectory => Path.Combine(Root, "tests", "clients");

    /// <summary>Where screenshots of failed browser tests go (git-ignored).</summary>
    public static string TestResultsDirectory => Path.Combine(Root, "tests", "HelpBot.EndToEnd.Tests", "TestResults");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "HelpBot.sln")))
            {
                return directory.FullName;
            }
        }

        var builtFrom = typeof(RepositoryPaths).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), inherit: false)
            .Cast<System.Reflection.AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value;
        if (builtFrom is not null && File.Exists(Path.Combine(builtFrom, "HelpBot.sln")))
        {
            return builtFrom;
        }

        throw new InvalidOperationException($"HelpBot.sln not found above {AppContext.BaseDirectory} nor at {builtFrom}.");
    }
}
