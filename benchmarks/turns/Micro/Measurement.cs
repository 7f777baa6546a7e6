namespace HelpBot.Benchmarks.Micro;

/// <summary>
/// The cost of one scenario: wall time, process CPU time, allocated bytes and methods compiled by the JIT,
/// per operation, and the garbage collections of each generation.
/// </summary>
public sealed record Measurement(string Name, int Operations, double WallMicrosecondsPerOperation, double CpuMicrosecondsPerOperation, double BytesPerOperation, int Gen0, int Gen1, int Gen2, double RepliesPerOperation, double JittedMethodsPerOperation)
{
    public override string ToString() =>
        $"| {Name} | {Operations} | {WallMicrosecondsPerOperation:F1} | {CpuMicrosecondsPerOperation:F1} | {BytesPerOperation / 1024:F1} | {Gen0}/{Gen1}/{Gen2} | {RepliesPerOperation:F2} | {JittedMethodsPerOperation:F3} |";
}
