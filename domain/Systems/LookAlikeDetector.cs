using System.Text;
using HelpBot.Domain.Content;

namespace HelpBot.Domain.Systems;

/// <summary>
/// Flags hosts that imitate a listed host: the listed host followed by another domain, a host
/// hidden behind user info (<c>peak.my.site.com@evil.example</c>), swapped look-alike characters
/// (digit 1 for l, Cyrillic o for Latin o, dashes for dots), or one or two typing differences.
/// </summary>
internal sealed class LookAlikeDetector
{
    // Distinctive names are long enough that a near miss is not chance (connectforhealthco.com).
    private const int MinDistinctiveLength = 10;
    private const int MaxEditDistance = 2;

    private readonly List<(SystemContent System, string Host, string Skeleton)> _hosts;

    public LookAlikeDetector(DeskAidContent content)
    {
        // Short addresses (co.gov, colorado.gov) are generic state domains, so only system hosts count.
        _hosts = content.Systems
            .SelectMany(system => system.Hosts
                .Where(host => host.Role != HostRoles.ShortAddress)
                .Select(host => (system, host.Host, Skeleton(host.Host))))
            .ToList();
    }

    /// <summary>Returns a look-alike match, or null when the host resembles no listed host.</summary>
    public SystemMatch? Check(string host, string unicodeHost, string userInfo, string path)
    {
        var hidden = CheckUserInfo(host, userInfo, path);
        if (hidden is not null)
        {
            return hidden;
        }

        var skeleton = Skeleton(unicodeHost);
        foreach (var (system, known, knownSkeleton) in _hosts)
        {
            if (Resembles(host, skeleton, known, knownSkeleton))
            {
                return Create(host, path, $"{host} looks like the {system.Name} address {known} but is a different site.");
            }
        }

        return null;
    }

    private SystemMatch? CheckUserInfo(string host, string userInfo, string path)
    {
        if (string.IsNullOrEmpty(userInfo))
        {
            return null;
        }

        var shown = Uri.UnescapeDataString(userInfo).Split(':')[0].ToLowerInvariant();
        var imitated = _hosts.Find(entry => shown.Contains(entry.Host, StringComparison.Ordinal)
            || Skeleton(shown).Contains(entry.Skeleton, StringComparison.Ordinal));
        return imitated.Host is null
            ? null
            : Create(host, path, $"The address shows {imitated.Host} before an @, but the page really comes from {host}.");
    }

    private static bool Resembles(string host, string skeleton, string known, string knownSkeleton)
    {
        // The listed host inside a longer name: connectforhealthco.com.evil.example.
        if (("." + host + ".").Contains("." + known + ".", StringComparison.Ordinal))
        {
            return true;
        }

        // Same letters once look-alike characters are mapped: connectforhea1thco.com, coloradopeak-secure-force.com.
        if (skeleton == knownSkeleton || skeleton.EndsWith("." + knownSkeleton, StringComparison.Ordinal)
            || ("." + skeleton + ".").Contains("." + knownSkeleton + ".", StringComparison.Ordinal))
        {
            return true;
        }

        return known.Length >= MinDistinctiveLength && NearMiss(skeleton, knownSkeleton);
    }

    /// <summary>True when the host, or its last labels as many as the known host has, is one or two edits away.</summary>
    private static bool NearMiss(string skeleton, string knownSkeleton)
    {
        var labelCount = knownSkeleton.Count(character => character == '.') + 1;
        var labels = skeleton.Split('.');
        var tail = string.Join('.', labels.Skip(Math.Max(0, labels.Length - labelCount)));
        return EditDistance(tail, knownSkeleton) <= MaxEditDistance
            || DistinctiveLabelShared(labels, knownSkeleton);
    }

    // A long label of the known host used under another domain: connectforhealthco.net.
    private static bool DistinctiveLabelShared(string[] labels, string knownSkeleton) =>
        knownSkeleton.Split('.')
            .Where(label => label.Length >= MinDistinctiveLength)
            .Any(label => labels.Contains(label, StringComparer.Ordinal));

    private static SystemMatch Create(string host, string path, string reason) =>
        new(SupportSystems.Unknown, host, IsLookAlike: true, Reason: reason) { FromAddress = true, Path = path };

    /// <summary>
    /// Maps characters people confuse to one form: digits and Cyrillic or Greek letters that look
    /// like Latin letters, and dashes or underscores that stand in for dots.
    /// </summary>
    internal static string Skeleton(string host)
    {
        var builder = new StringBuilder(host.Length);
        foreach (var character in host.ToLowerInvariant())
        {
            builder.Append(character switch
            {
                '0' or 'о' or 'ο' => 'o',
                '1' or 'і' or 'ӏ' or 'ι' => 'l',
                '3' => 'e',
                '5' => 's',
                'а' or 'α' => 'a',
                'е' or 'ε' => 'e',
                'р' or 'ρ' => 'p',
                'с' or 'ϲ' => 'c',
                'х' or 'χ' => 'x',
                'у' => 'y',
                'к' or 'κ' => 'k',
                'т' or 'τ' => 't',
                'н' => 'h',
                'ѕ' => 's',
                '-' or '_' => '.',
                _ => character,
            });
        }

        return builder.ToString().Replace("rn", "m", StringComparison.Ordinal);
    }

    /// <summary>Levenshtein distance, computed with two rows.</summary>
    internal static int EditDistance(string left, string right)
    {
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        for (var column = 0; column <= right.Length; column++)
        {
            previous[column] = column;
        }

        for (var row = 1; row <= left.Length; row++)
        {
            current[0] = row;
            for (var column = 1; column <= right.Length; column++)
            {
                var cost = left[row - 1] == right[column - 1] ? 0 : 1;
                current[column] = Math.Min(Math.Min(current[column - 1] + 1, previous[column] + 1), previous[column - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[right.Length];
    }
}
