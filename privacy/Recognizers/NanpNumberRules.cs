using System.Text.RegularExpressions;
using PhoneNumbers;

namespace HelpBot.Privacy.Recognizers;

/// <summary>
/// Decides whether a number of the North American Numbering Plan (country code 1) is valid, with the same
/// result as libphonenumber's <see cref="PhoneNumberUtil.IsValidNumber"/> for a US-formatted candidate,
/// but without parsing it: the rules are read once from libphonenumber's metadata. A number belongs to the
/// first region, in libphonenumber's order, whose leading digits it starts with, or that has no leading
/// digits and a number type that fits it; it is valid when it fits the general pattern and one number
/// type pattern (fixed line, mobile, toll free, ...) of that region.
/// </summary>
internal sealed class NanpNumberRules
{
    /// <summary>Digits of a national number in the plan.</summary>
    public const int NationalLength = 10;

    private const int CountryCode = 1;

    private readonly Region[] _regions;

    private NanpNumberRules(Region[] regions) => _regions = regions;

    /// <summary>The rules of libphonenumber's built-in metadata.</summary>
    public static NanpNumberRules Instance { get; } = Create(PhoneNumberUtil.GetInstance());

    /// <summary>
    /// Returns true when the ASCII digits of <paramref name="value"/>, ten, or eleven starting with the
    /// country code 1, form a valid number. Any other count of digits is not valid.
    /// </summary>
    public bool IsValid(ReadOnlySpan<char> value)
    {
        Span<char> digits = stackalloc char[NationalLength + 1];
        var count = DigitRules.ExtractDigits(value, digits);
        var national = count switch
        {
            NationalLength => digits[..NationalLength],
            NationalLength + 1 when digits[0] == '1' => digits[1..],
            _ => default,
        };

        if (national.IsEmpty)
        {
            return false;
        }

        foreach (var region in _regions)
        {
            if (region.LeadingDigits is not null)
            {
                if (region.LeadingDigits.IsMatch(national))
                {
                    return region.Fits(national);
                }
            }
            else if (region.Fits(national))
            {
                return true;
            }
        }

        return false;
    }

    private static NanpNumberRules Create(PhoneNumberUtil util)
    {
        var regions = util.GetRegionCodesForCountryCode(CountryCode)
            .Select(code => Region.Create(util.GetMetadataForRegion(code)))
            .ToArray();
        return new NanpNumberRules(regions);
    }

    // A region's leading digits (null when it has none) and one regex for its validity: the general
    // pattern as a lookahead, then any number type pattern that allows ten digits.
    private sealed record Region(Regex? LeadingDigits, Regex? Valid)
    {
        public bool Fits(ReadOnlySpan<char> national) => Valid is not null && Valid.IsMatch(national);

        public static Region Create(PhoneMetadata metadata)
        {
            var leading = string.IsNullOrEmpty(metadata.LeadingDigits) ? null : Compile($"^(?:{metadata.LeadingDigits})");
            var types = new List<PhoneNumberDesc>
            {
                metadata.PremiumRate, metadata.TollFree, metadata.SharedCost, metadata.Voip, metadata.PersonalNumber,
                metadata.Pager, metadata.Uan, metadata.Voicemail, metadata.FixedLine,
            };
            if (!metadata.SameMobileAndFixedLinePattern)
            {
                types.Add(metadata.Mobile);
            }

            var typePatterns = types.Where(AllowsNationalLength).Select(d => $"(?:{d.NationalNumberPattern})").ToList();
            var valid = AllowsNationalLength(metadata.GeneralDesc) && typePatterns.Count > 0
                ? Compile($"^(?=(?:{metadata.GeneralDesc.NationalNumberPattern})$)(?:{string.Join('|', typePatterns)})$")
                : null;
            return new Region(leading, valid);
        }

        // libphonenumber checks a description's possible lengths first, when it lists any, and never
        // matches an empty pattern.
        private static bool AllowsNationalLength(PhoneNumberDesc? desc) =>
            desc is not null
            && !string.IsNullOrEmpty(desc.NationalNumberPattern)
            && (desc.PossibleLengthList.Count == 0 || desc.PossibleLengthList.Contains(NationalLength));

        // Runs the regex once, so its compiled code is ready before the first real match starts its
        // timeout clock. A timeout here, on a paused machine, still leaves the code compiled.
        private static Regex Compile(string pattern)
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromMilliseconds(RegexTimeouts.Milliseconds));
            try
            {
                _ = regex.IsMatch("2025550100");
            }
            catch (RegexMatchTimeoutException)
            {
            }

            return regex;
        }
    }
}
