namespace HelpBot.Runtime.Storage;

/// <summary>Values of <see cref="StorageOptions.Provider"/>.</summary>
public static class StorageProviders
{
    public const string Sqlite = "Sqlite";
    public const string Memory = "Memory";
}
