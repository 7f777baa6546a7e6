namespace HelpBot.Testing;

/// <summary>Thrown when a <see cref="TestFlow"/> step finds a reply other than the expected one.</summary>
public sealed class TestFlowAssertionException : Exception
{
    public TestFlowAssertionException()
    {
    }

    public TestFlowAssertionException(string message)
        : base(message)
    {
    }

    public TestFlowAssertionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
