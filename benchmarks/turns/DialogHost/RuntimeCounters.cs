using System.Globalization;
using System.Text;

namespace HelpBot.Benchmarks.DialogHost;

/// <summary>
/// Writes the process's cumulative runtime counters as <c>name value</c> lines, so a benchmark can
/// take the difference over a measured interval without dotnet-counters.
/// </summary>
public static class RuntimeCounters
{
    public static Task WriteAsync(HttpContext context)
    {
        var text = new StringBuilder();
        Append(text, "jit_methods", System.Runtime.JitInfo.GetCompiledMethodCount());
        Append(text, "jit_ms", (long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds);
        Append(text, "allocated_bytes", GC.GetTotalAllocatedBytes());
        Append(text, "gen0", GC.CollectionCount(0));
        Append(text, "gen1", GC.CollectionCount(1));
        Append(text, "gen2", GC.CollectionCount(2));
        Append(text, "gc_pause_ms", (long)GC.GetTotalPauseDuration().TotalMilliseconds);
        Append(text, "lock_contentions", Monitor.LockContentionCount);
        Append(text, "work_items", ThreadPool.CompletedWorkItemCount);
        Append(text, "threads", ThreadPool.ThreadCount);

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }

    private static void Append(StringBuilder text, string name, long value) =>
        text.Append(name).Append(' ').Append(value.ToString(CultureInfo.InvariantCulture)).Append('\n');
}
