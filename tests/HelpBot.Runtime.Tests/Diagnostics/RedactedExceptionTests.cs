using HelpBot.Runtime.Diagnostics;
using HelpBot.Runtime.State;

namespace HelpBot.Runtime.Tests.Diagnostics;

public sealed class RedactedExceptionTests
{
    private const string UserText = "Dana Testperson 078-05-1120";

    [Fact]
    public void Create_UnknownExceptionType_WithholdsMessage()
    {
        var text = RedactedException.Create(Thrown(new ArgumentException(UserText))).ToString();

        Assert.DoesNotContain(UserText, text, StringComparison.Ordinal);
        Assert.Contains("System.ArgumentException", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ThrownException_KeepsStackTrace()
    {
        var text = RedactedException.Create(Thrown(new ArgumentException(UserText))).ToString();

        Assert.Contains(nameof(Thrown), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_InnerException_WithholdsInnerMessage()
    {
        var exception = new InvalidOperationException("outer", new FormatException(UserText));

        var text = RedactedException.Create(exception).ToString();

        Assert.DoesNotContain(UserText, text, StringComparison.Ordinal);
        Assert.Contains("System.FormatException", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ConcurrencyException_KeepsMessageWithKey()
    {
        var text = RedactedException.Create(StorageConcurrencyException.ForKey("test/conversations/c1")).ToString();

        Assert.Contains("test/conversations/c1", text, StringComparison.Ordinal);
    }

    private static Exception Thrown(Exception exception)
    {
        try
        {
            throw exception;
        }
        catch (Exception caught)
        {
            return caught;
        }
    }
}
