using HelpBot.Runtime.State;
using Microsoft.Data.Sqlite;

namespace HelpBot.Runtime.Diagnostics;

/// <summary>
/// A stand-in for an exception on its way to the log. It keeps the type names and stack traces
/// but withholds messages, because many messages quote the input that failed (for example
/// <see cref="FormatException"/> from <c>int.Parse</c> since .NET 8), and that input is user text.
/// </summary>
internal sealed class RedactedException : Exception
{
    private readonly string? _stackTrace;

    private RedactedException(Exception original, Exception? inner)
        : base(DescribeOriginal(original), inner)
    {
        _stackTrace = original.StackTrace;
        HResult = original.HResult;
    }

    public override string? StackTrace => _stackTrace;

    /// <summary>Returns <paramref name="exception"/> with each message withheld unless its type is known to hold no input.</summary>
    public static Exception Create(Exception exception)
    {
        var inner = exception.InnerException is { } original ? Create(original) : null;
        return new RedactedException(exception, inner);
    }

    private static string DescribeOriginal(Exception original)
    {
        var type = original.GetType().FullName;
        return HasSafeMessage(original)
            ? $"{type}: {original.Message}"
            : $"{type}: [message withheld because it can contain user input]";
    }

    // Messages of these types carry ids, SQLite error text or HTTP status codes, never turn input.
    private static bool HasSafeMessage(Exception exception) => exception is
        StorageConcurrencyException or SqliteException or HttpRequestException or OperationCanceledException;
}
