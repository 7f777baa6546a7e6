using HelpBot.Benchmarks.Baseline;

// The bare Kestrel reference: POST /api/messages parses the activity with a source-generated
// context, POSTs one reply to serviceUrl with a pooled HttpClient, and answers 200. No state, no
// dialogs, no middleware. The address comes from ASPNETCORE_URLS and must be loopback.
var builder = WebApplication.CreateSlimBuilder(args);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
builder.Services.AddHttpClient<ReplyEndpoint>()
    .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false });

var app = builder.Build();
app.MapPost("/api/messages", (HttpContext context, ReplyEndpoint endpoint) => endpoint.PostAsync(context));

await app.RunAsync();
