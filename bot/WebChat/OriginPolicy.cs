using Microsoft.Net.Http.Headers;

namespace HelpBot.Bot.WebChat;

/// <summary>
/// Decides whether a browser request comes from the host's own page or an allowed partner origin.
/// Requests without Origin and Sec-Fetch-Site headers come from scripts and tools, not browsers,
/// and are allowed, because they could get a token by other means anyway.
/// </summary>
public static class OriginPolicy
{
    /// <summary>Whether <paramref name="request"/> may call the token endpoint.</summary>
    public static bool IsAllowed(HttpRequest request, IReadOnlyCollection<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        var origin = request.Headers[HeaderNames.Origin].ToString();
        if (origin.Length > 0)
        {
            return IsSameOrigin(request, origin)
                || allowedOrigins.Contains(origin.TrimEnd('/'), StringComparer.OrdinalIgnoreCase);
        }

        // Browsers send Sec-Fetch-Site on every request; "none" means the person typed the address.
        var fetchSite = request.Headers["Sec-Fetch-Site"].ToString();
        return fetchSite.Length == 0 || fetchSite is "same-origin" or "none";
    }

    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        string.Equals(origin, $"{request.Scheme}://{request.Host.ToUriComponent()}", StringComparison.OrdinalIgnoreCase);
}
