namespace HelpBot.Testing;

/// <summary>
/// The read-only folder of schemas, shared cases, benchmarks and tools that the tests read. It is
/// <c>../shared</c> beside the repository, or the folder named by <see cref="Variable"/>.
/// </summary>
public static class SharedFolder
{
    /// <summary>Environment variable that names the shared folder when it is not beside the repository.</summary>
    public const string Variable = "HELPBOT_SHARED_DIR";

    /// <summary>Returns the path of <paramref name="parts"/> inside the shared folder.</summary>
    public static string Combine(string repositoryRoot, params string[] parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(repositoryRoot);
        var configured = Environment.GetEnvironmentVariable(Variable);
        var folder = string.IsNullOrEmpty(configured) ? Path.Combine(repositoryRoot, "..", "shared") : configured;
        return Path.Combine([folder, .. parts]);
    }
}
