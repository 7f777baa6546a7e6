using HelpBot.Privacy;
using Microsoft.Extensions.Options;

namespace HelpBot.Bot.Channels.DirectLine;

/// <summary>
/// Checks at start-up that a turn which waits for Azure AI Language still ends before the Direct Line
/// bot timeout. Azure's total time-out must leave <see cref="Margin"/> for the local check and the reply,
/// so that a hanging service falls back to the local check instead of failing the turn.
/// </summary>
public sealed class DirectLineTimeoutValidator(IOptions<PiiOptions> piiOptions) : IValidateOptions<DirectLineOptions>
{
    /// <summary>Time a turn needs after the Azure check gave up: the local check, the reply and the state write.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(5);

    public ValidateOptionsResult Validate(string? name, DirectLineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (ReadPiiOptions() is not { } pii)
        {
            return ValidateOptionsResult.Success;
        }

        var longest = options.BotTimeout - Margin;
        if (pii.Mode == PiiMode.Local || pii.Azure.TotalTimeout <= longest)
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"Pii:Azure:TotalTimeout is {pii.Azure.TotalTimeout:c}, but DirectLine:BotTimeout is {options.BotTimeout:c}. "
            + $"A turn must have {Margin.TotalSeconds:0} seconds left after Azure gives up, so set Pii:Azure:TotalTimeout "
            + $"to {(longest > TimeSpan.Zero ? longest : TimeSpan.Zero):c} or less, or raise DirectLine:BotTimeout.");
    }

    // Pii settings that fail to bind or to validate are reported by their own check, so this one has nothing to compare then.
    private PiiOptions? ReadPiiOptions()
    {
        try
        {
            return piiOptions.Value;
        }
        catch (Exception error) when (error is OptionsValidationException or InvalidOperationException)
        {
            return null;
        }
    }
}
