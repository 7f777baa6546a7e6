namespace HelpBot.PiiScanner;

/// <summary>Parsed command-line options of the scanner.</summary>
public sealed record ScannerArguments(string? InputPath, bool Redact, HelpBot.Privacy.PiiMode? Mode, HelpBot.Privacy.PiiProfile? Profile = null)
{
    /// <summary>
    /// Parses <paramref name="args"/>; returns null and an error message on invalid arguments, and null
    /// with no message for --help.
    /// </summary>
    public static ScannerArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? input = null;
        var redact = false;
        HelpBot.Privacy.PiiMode? mode = null;
        HelpBot.Privacy.PiiProfile? profile = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--help" or "-h":
                    return null;
                case "--redact":
                    redact = true;
                    continue;
                case "--input" or "--mode" or "--profile" when value is null:
                    error = $"{args[i]} needs a value.";
                    return null;
                case "--input":
                    input = value;
                    break;
                case "--mode":
                    mode = ParseName<HelpBot.Privacy.PiiMode>(args[i], value!, out error);
                    break;
                case "--profile":
                    profile = ParseName<HelpBot.Privacy.PiiProfile>(args[i], value!, out error);
                    break;
                default:
                    error = $"Unknown argument '{args[i]}'.";
                    return null;
            }

            if (error is not null)
            {
                return null;
            }

            i++;
        }

        if (input is not null && Directory.Exists(input))
        {
            error = $"Input '{input}' is a folder, not a file; pass a JSON lines file with --input FILE.";
            return null;
        }

        if (input is not null && !File.Exists(input))
        {
            error = $"Input file '{input}' not found; pass an existing JSON lines file with --input FILE.";
            return null;
        }

        return new ScannerArguments(input, redact, mode, profile);
    }

    // Accepts one of the enum's names in any letter case; numbers are not names.
    private static T? ParseName<T>(string option, string value, out string? error)
        where T : struct, Enum
    {
        var names = Enum.GetNames<T>();
        var name = Array.Find(names, n => string.Equals(n, value, StringComparison.OrdinalIgnoreCase));
        error = name is null ? $"{option} '{value}' is not one of: {string.Join(", ", names)}." : null;
        return name is null ? null : Enum.Parse<T>(name);
    }
}
