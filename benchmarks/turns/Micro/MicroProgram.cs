using System.Diagnostics;
using System.Text.Json;
using HelpBot.Protocol.Serialization;
using HelpBot.Runtime.Hosting;
using HelpBot.Runtime.Turns;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace HelpBot.Benchmarks.Micro;

/// <summary>
/// Runs HelpBot's turn in-process, one turn at a time, and prints the time and allocations per turn
/// for each part: parsing the activity, the runtime middleware, HelpBot's dialogs, and serializing
/// the replies. Usage: Micro [ITERATIONS] (default 20000).
/// </summary>
public static class MicroProgram
{
    public static void Main(string[] args)
    {
        var iterations = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        Console.WriteLine($"Server GC: {System.Runtime.GCSettings.IsServerGC}, iterations per scenario: {iterations}");
        Console.WriteLine("| scenario | turns | wall µs/turn | CPU µs/turn | KiB allocated/turn | GCs gen0/1/2 | replies/turn | methods JIT-compiled/turn |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");

        Print(Measure("parse activity JSON only", iterations, new ActivitySource("parse", 1000, 10, "hi"), null, null));
        using var serializing = new NullSender(serialize: true, yieldFirst: false);
        using var discarding = new NullSender(serialize: false, yieldFirst: false);
        using var asynchronous = new NullSender(serialize: true, yieldFirst: true);
        var echo = CreatePipeline(true, false);
        Print(Measure("echo handler, no middleware", iterations, new ActivitySource("bare", 1000, 10, "hi"), CreatePipeline(false, false), serializing));
        Print(Measure("echo handler, runtime middleware", iterations, new ActivitySource("echo", 1000, 10, "hi"), echo, serializing));
        Print(Measure("echo handler, runtime middleware, async send", iterations, new ActivitySource("echo-async", 1000, 10, "hi"), echo, asynchronous));

        // One untimed pass lets the JIT finish tiering up the dialog code before any timed scenario.
        var dialogs = CreatePipeline(true, true);
        Measure("warm dialogs", iterations, new ActivitySource("warm", 1000, 10, "hi"), dialogs, asynchronous);
        Print(Measure("dialogs, mixed (1 in 10 new)", iterations, new ActivitySource("mixed", 1000, 10, "hi"), dialogs, serializing));
        Print(Measure("dialogs, mixed, replies not serialized", iterations, new ActivitySource("mixed-discard", 1000, 10, "hi"), dialogs, discarding));
        Print(Measure("dialogs, mixed, async send", iterations, new ActivitySource("mixed-async", 1000, 10, "hi"), dialogs, asynchronous));
        Print(Measure("dialogs, first turns only", iterations, new ActivitySource("first", 1000, 1, "hi"), dialogs, serializing));

        // The follow-up scenario starts after one first turn in each of its conversations.
        Measure("warm follow-ups", 1000, new ActivitySource("follow", 1000, 0, "hi"), dialogs, discarding);
        Print(Measure("dialogs, follow-ups only", iterations, new ActivitySource("follow", 1000, 0, "hi"), dialogs, serializing));
    }

    private static void Print(Measurement measurement) => Console.WriteLine(measurement);

    private static TurnPipeline CreatePipeline(bool middleware, bool helpBotDialogs)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" })
            .Build();
        var services = new ServiceCollection().AddLogging();
        if (middleware)
        {
            services.AddHelpBotRuntime(configuration);
        }
        else
        {
            services.AddSingleton<TurnPipeline>();
        }

        if (helpBotDialogs)
        {
            services.AddSingleton<HelpBot.Runtime.State.IStorage>(new HelpBot.Runtime.Storage.MemoryStorage());
            services.AddHelpBotConversation(configuration);
        }
        else
        {
            services.AddSingleton<ITurnHandler, EchoHandler>();
        }

        return services.BuildServiceProvider().GetRequiredService<TurnPipeline>();
    }

    // Runs a fifth of the iterations first to warm up the JIT, then the measured ones.
    private static Measurement Measure(string name, int iterations, ActivitySource source, TurnPipeline? pipeline, NullSender? sender)
    {
        RunTurns(iterations / 5, source, pipeline, sender);
        GC.Collect();
        GC.WaitForPendingFinalizers();

        var repliesBefore = sender?.Count ?? 0;
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var jittedBefore = System.Runtime.JitInfo.GetCompiledMethodCount();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        RunTurns(iterations, source, pipeline, sender);
        watch.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount() - jittedBefore;

        return new Measurement(name, iterations, watch.Elapsed.TotalMicroseconds / iterations, cpu.TotalMicroseconds / iterations, (double)allocated / iterations,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
            ((sender?.Count ?? 0) - repliesBefore) / (double)iterations, (double)jitted / iterations);
    }

    // Turns run one at a time; with an asynchronous sender the turn resumes on a thread-pool thread.
    private static void RunTurns(int count, ActivitySource source, TurnPipeline? pipeline, NullSender? sender)
    {
        for (var i = 0; i < count; i++)
        {
            var activity = JsonSerializer.Deserialize(source.Next(), ProtocolJsonContext.Default.Activity)!;
            if (pipeline is null)
            {
                continue;
            }

            pipeline.ProcessAsync(activity, sender!, CancellationToken.None).GetAwaiter().GetResult();
        }
    }
}
