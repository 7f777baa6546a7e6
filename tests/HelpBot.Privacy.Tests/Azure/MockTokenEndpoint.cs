using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HelpBot.Privacy.Tests.Azure;

/// <summary>
/// A loopback stand-in for the Entra ID token endpoint: Kestrel on https://127.0.0.1 with a self-signed
/// certificate made for the test (MSAL accepts only https authorities). It answers
/// POST /{tenant}/oauth2/v2.0/token with a client-credentials token and records each form.
/// </summary>
internal sealed class MockTokenEndpoint : IAsyncDisposable
{
    public const string AccessToken = "test-access-token";

    private readonly WebApplication _app;

    private MockTokenEndpoint(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        Certificate = certificate;
    }

    /// <summary>The server's certificate; the test's HTTP handler trusts exactly this one.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>Base address, such as https://127.0.0.1:40123/.</summary>
    public string AuthorityHost { get; private set; } = "";

    /// <summary>Status code of every answer; 200 by default.</summary>
    public int Status { get; set; } = StatusCodes.Status200OK;

    /// <summary>Request paths and form fields received, in order.</summary>
    public ConcurrentQueue<(string Path, Dictionary<string, string> Form)> Requests { get; } = new();

    public static async Task<MockTokenEndpoint> StartAsync()
    {
        var certificate = CreateCertificate();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var endpoint = new MockTokenEndpoint(app, certificate);
        app.Run(endpoint.HandleAsync);
        await app.StartAsync();
        endpoint.AuthorityHost = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
        return endpoint;
    }

    /// <summary>Returns a handler that trusts only this server's certificate.</summary>
    public HttpMessageHandler CreateHandler() => new SocketsHttpHandler
    {
        SslOptions = { RemoteCertificateValidationCallback = (_, presented, _, _) => presented is not null && presented.GetCertHashString() == Certificate.Thumbprint },
    };

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Certificate.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var form = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync()).ToDictionary(p => p.Key, p => p.Value.ToString())
            : [];
        Requests.Enqueue((context.Request.Path, form));
        context.Response.StatusCode = Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(Status == StatusCodes.Status200OK
            ? $$"""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"{{AccessToken}}"}"""
            : """{"error":"invalid_client","error_description":"Mock rejection.","error_codes":[7000215]}""");
    }

    private static X509Certificate2 CreateCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }
}
