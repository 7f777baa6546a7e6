using HelpBot.Dialogs.FollowUp;
using HelpBot.Domain.Systems;
using HelpBot.Domain.Tickets;
using HelpBot.Privacy;
using HelpBot.Runtime.Proactive;
using HelpBot.Runtime.State;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace HelpBot.Dialogs.Tests.FollowUp;

/// <summary>
/// The follow-up engine as the bot registers it (<c>AddHelpBotFollowUp</c>), over a given storage,
/// clock and sender, with one configured supervisor and one admin on channel <see cref="Channel"/>.
/// </summary>
internal sealed class FollowUpHost : IAsyncDisposable
{
    public const string Channel = "msteams";
    public const string Owner = "owner-1";
    public const string OwnerConversation = "conv-owner";
    public const string Supervisor = "supervisor-1";
    public const string Admin = "admin-1";

    // Monday, February 2, 2026, 10:00 in Denver (UTC-7).
    public static readonly DateTimeOffset Monday10 = new(2026, 2, 2, 10, 0, 0, TimeSpan.FromHours(-7));

    private readonly ServiceProvider _provider;

    public FollowUpHost(IStorage storage, FakeTimeProvider time, RecordingProactiveSender sender, ListLoggerProvider? logs = null)
    {
        Time = time;
        Sender = sender;
        Logs = logs ?? new ListLoggerProvider();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FollowUp:Supervisors:0:ChannelId"] = Channel,
            ["FollowUp:Supervisors:0:UserId"] = Supervisor,
            ["FollowUp:Admins:0:ChannelId"] = Channel,
            ["FollowUp:Admins:0:UserId"] = Admin,
        }).Build();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(builder => builder.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton(storage);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IProactiveSender>(sender);
        services.AddHelpBotPrivacy(configuration);
        services.AddHelpBotFollowUp();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Time { get; }

    public RecordingProactiveSender Sender { get; }

    public ListLoggerProvider Logs { get; }

    public IFollowUpService FollowUp => _provider.GetRequiredService<IFollowUpService>();

    public ITicketStore Tickets => _provider.GetRequiredService<ITicketStore>();

    public ISupervisorDirectory Supervisors => _provider.GetRequiredService<ISupervisorDirectory>();

    public ConversationLock ConversationLock => _provider.GetRequiredService<ConversationLock>();

    public ReminderWorker Worker => _provider.GetServices<IHostedService>().OfType<ReminderWorker>().Single();

    public static TicketActor OwnerActor => new(Channel, Owner, OwnerConversation);

    public static TicketActor SupervisorActor => new(Channel, Supervisor, "conv-supervisor");

    /// <summary>Creates a Service Center call ticket the way the conversation does, and tells the follow-up engine.</summary>
    public async Task<Ticket> CreateCallAsync(TimeFrame? timeFrame, string owner = Owner)
    {
        var now = Time.GetUtcNow();
        var ticket = NewTicket(SupportSystems.ConnectForHealth, owner, now);
        new CallLog(now, "00012345", timeFrame).ApplyTo(ticket);
        return await CreateAsync(ticket);
    }

    /// <summary>Creates a PEAK e-mail ticket, still drafted, and tells the follow-up engine.</summary>
    public Task<Ticket> CreatePeakAsync(bool urgent = false, string owner = Owner)
    {
        var ticket = NewTicket(SupportSystems.Peak, owner, Time.GetUtcNow());
        ticket.Urgency = urgent ? TicketUrgency.MedicallyUrgent : TicketUrgency.Normal;
        return CreateAsync(ticket);
    }

    public void AdvanceTo(DateTimeOffset instant) => Time.Advance(instant - Time.GetUtcNow());

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private async Task<Ticket> CreateAsync(Ticket ticket)
    {
        var created = await Tickets.CreateAsync(ticket);
        await FollowUp.OnTicketCreatedAsync(created, CancellationToken.None);
        return created;
    }

    private static Ticket NewTicket(string system, string owner, DateTimeOffset now)
    {
        var ticket = new Ticket
        {
            System = system,
            OwnerId = owner,
            ChannelId = Channel,
            ConversationId = OwnerConversation,
            CreatedAt = now,
            PageCategory = "benefit-information",
            ErrorCategory = "error-message",
        };
        ticket.SetStatus(TicketStatus.Drafted, now);
        return ticket;
    }
}
