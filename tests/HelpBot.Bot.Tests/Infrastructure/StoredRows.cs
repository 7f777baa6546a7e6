using Microsoft.Data.Sqlite;

namespace HelpBot.Bot.Tests.Infrastructure;

/// <summary>Read-only queries of what the bot stored in helpbot.db, including rows still in its WAL file.</summary>
internal static class StoredRows
{
    /// <summary>Returns every stored Direct Line activity as JSON, in the order the transcript stored them.</summary>
    public static Task<List<string>> ReadActivitiesAsync(string dataDirectory) =>
        ReadColumnAsync(dataDirectory, "SELECT CAST(json AS TEXT) FROM directline_activities ORDER BY sequence");

    /// <summary>Returns the first column of every row of <paramref name="sql"/>, as text.</summary>
    public static async Task<List<string>> ReadColumnAsync(string dataDirectory, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "helpbot.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
