namespace HelpBot.Bot.Hosting.Settings;

/// <summary>Checks the addresses of <c>urls</c> and <c>Kestrel:Endpoints</c> before Kestrel parses them at start.</summary>
internal static class ListenAddressSettings
{
    /// <summary>Returns one line per address that is empty or that Kestrel cannot listen on.</summary>
    public static IEnumerable<string> FindInvalid(IConfiguration configuration)
    {
        var addresses = ListenAddress.Read(configuration);
        var urlCount = addresses.Count(address => address.IsFromUrls);
        foreach (var address in addresses)
        {
            if (string.IsNullOrWhiteSpace(address.Url))
            {
                yield return SettingMessages.Missing(address.Key, HostDefaults.Url);
            }
            else if (address.TryParse() is null)
            {
                yield return SettingMessages.InvalidListenAddress(address.Key, address.Url, address.IsFromUrls && urlCount > 1);
            }
        }
    }
}
