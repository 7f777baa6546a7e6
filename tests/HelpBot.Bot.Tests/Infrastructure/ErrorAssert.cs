using System.Net;
using System.Net.Http.Json;
using HelpBot.Protocol.Serialization;

namespace HelpBot.Bot.Tests.Infrastructure;

/// <summary>Checks the <c>{"error":{"code","message"}}</c> envelope of failed responses.</summary>
internal static class ErrorAssert
{
    public static async Task EnvelopeAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = await response.Content.ReadFromJsonAsync(ProtocolJsonContext.Default.ErrorResponse);
        Assert.NotNull(error);
        Assert.Equal(code, error.Error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Error.Message));
    }
}
