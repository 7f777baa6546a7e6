namespace HelpBot.PiiScanner;

/// <summary>Parsed command-line options of the scanner.</summary>
public sealed record ScannerArguments(string? InputPath, bool Redact, HelpBot.Privacy.PiiMode? Mode, HelpBot.Privacy.PiiProfile? Profile = null)
{
    /// <summary>Parses <paramref name="args"/>; returns null and an error message on invalid arguments.</summary>
    public static ScannerArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? input = null;
        var redact = false;
        HelpBot.Privacy.PiiMode? mode = null;
        HelpBot.Privacy.PiiProfile? profile = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Count:
                    input = args[++i];
                    break;
                case "--redact":
                    redact = true;
                    break;
                case "--mode" when i + 1 < args.Count && Enum.TryParse<HelpBot.Privacy.PiiMode>(args[i + 1], ignoreCase: true, out var parsed):
                    mode = parsed;
                    i++;
                    break;
                case "--profile" when i + 1 < args.Count && Enum.TryParse<HelpBot.Privacy.PiiProfile>(args[i + 1], ignoreCase: true, out var parsedProfile)
                    && Enum.IsDefined(parsedProfile):
                    profile = parsedProfile;
                    i++;
                    break;
                default:
                    error = $"Invalid argument '{args[i]}'.";
                    return null;
            }
        }

        if (input is not null && !File.Exists(input))
        {
            error = $"Input file '{input}' not found.";
            return null;
        }

        return new ScannerArguments(input, redact, mode, profile);
    }
}
