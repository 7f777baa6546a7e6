using HelpBot.Domain.FollowUp;
using HelpBot.Domain.Tickets;
using HelpBot.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using static HelpBot.Dialogs.Tests.FollowUp.FollowUpHost;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>Fake personal data in a supervisor's note must not reach storage, digests, messages or logs.</summary>
public sealed class FollowUpPrivacyTests : IDisposable
{
    private const string Note = "Spoke with Dana Testperson, SSN 123-45-6789, phone 303-555-0142, e-mail dana.testperson@example.org, born 01/01/1900.";

    private static readonly string[] SeededValues = ["123-45-6789", "303-555-0142", "dana.testperson@example.org", "01/01/1900", "Testperson"];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"helpbot-privacy-{Guid.NewGuid():N}.db");
    private readonly FakeTimeProvider _time = new(Monday10);
    private readonly ListLoggerProvider _logs = new();
    private readonly RecordingProactiveSender _sender = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task AddNote_SeededPii_NeverStoredSentOrLogged()
    {
        string csv;
        await using (var host = new FollowUpHost(new SqliteStorage(new SqliteDatabase(_path), _time), _time, _sender, _logs))
        {
            var ticket = await host.CreateCallAsync(TimeFrame.Days(3));
            await host.FollowUp.AddNoteAsync(SupervisorActor, ticket.Id, Note, CancellationToken.None);
            host.AdvanceTo(Monday10.AddDays(5));
            await host.FollowUp.SendDueAsync(CancellationToken.None);
            var digest = await host.FollowUp.CreateDigestAsync(Monday10.AddDays(-1), Monday10.AddDays(5), CancellationToken.None);
            csv = DigestCsv.Write(digest);
            Assert.Single((await host.Tickets.GetAsync(ticket.Id))!.Notes);
        }

        SqliteConnection.ClearAllPools();
        var stored = string.Join("\n", new[] { _path, _path + "-wal" }.Where(File.Exists).Select(ReadShared));
        var sent = string.Join("\n", _sender.Delivered.Select(d => d.Activity.Text + d.Activity.CardJson()));
        var logs = string.Join("\n", _logs.Lines);
        Assert.All(SeededValues, value => Assert.DoesNotContain(value, stored, StringComparison.OrdinalIgnoreCase));
        Assert.All(SeededValues, value => Assert.DoesNotContain(value, csv, StringComparison.OrdinalIgnoreCase));
        Assert.All(SeededValues, value => Assert.DoesNotContain(value, sent, StringComparison.OrdinalIgnoreCase));
        Assert.All(SeededValues, value => Assert.DoesNotContain(value, logs, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Spoke with", sent, StringComparison.Ordinal);
        Assert.NotEmpty(_logs.Lines);
    }

    // The file may still be open by the pool's last connection, so it is read with sharing allowed.
    private static string ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
        return reader.ReadToEnd();
    }
}
