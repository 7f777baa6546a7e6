using HelpBot.Benchmarks.ConnectorStub;

// Acts as the Bot Connector: accepts POST /v3/conversations/{id}/activities[/{replyId}] and
// returns {"id":"..."} at once. GET /stats returns the request count and a few sampled reply texts;
// POST /stats/reset clears them. The address comes from ASPNETCORE_URLS and must be loopback.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddSingleton<ReplyCounter>();

var app = builder.Build();
var counter = app.Services.GetRequiredService<ReplyCounter>();

app.MapPost("/v3/conversations/{conversationId}/activities", counter.AcceptAsync);
app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", counter.AcceptAsync);
app.MapGet("/stats", counter.WriteStatsAsync);
app.MapPost("/stats/reset", counter.Reset);

await app.RunAsync();
