using System.ComponentModel.DataAnnotations;

namespace HelpBot.Privacy.Azure;

/// <summary>Settings of the Azure AI Language PII client, bound from "Pii:Azure".</summary>
public sealed class AzurePiiOptions
{
    /// <summary>
    /// The Language resource endpoint, such as https://my-resource.cognitiveservices.azure.com. Empty by
    /// default; <see cref="PiiMode.Azure"/> and <see cref="PiiMode.Both"/> fail validation at start-up
    /// without it.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// Resource key sent as Ocp-Apim-Subscription-Key. Leave it empty to use Entra ID: set
    /// <see cref="Entra"/>, or register an <see cref="IAzureAccessTokenSource"/>, and the client sends its
    /// token as a bearer token. Azure and Both modes need exactly one of the two.
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Entra ID sign-in (Pii:Azure:Entra), used instead of <see cref="Key"/>.</summary>
    public AzureEntraOptions Entra { get; set; } = new();

    /// <summary>REST API version. Defaults to 2025-11-01, the newest GA version with the DateOfBirth category.</summary>
    [Required]
    public string ApiVersion { get; set; } = "2025-11-01";

    /// <summary>Domain parameter: "phi" (the default) adds health information, "none" does not.</summary>
    [Required]
    public string Domain { get; set; } = "phi";

    /// <summary>Language code of the documents. Defaults to "en".</summary>
    [Required]
    public string Language { get; set; } = "en";

    /// <summary>
    /// Time allowed for one text, all requests and retries included. Defaults to 8 seconds, so that a turn
    /// which falls back to the local check still replies within the channels' 15 seconds.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>Time allowed for one HTTP attempt. Defaults to 5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Retries after a 429, 408 or 5xx response or a network error. Defaults to 3.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First retry delay when the response has no Retry-After header; it grows exponentially. Defaults to 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Largest document in UTF-16 code units. Defaults to 5,000, under the service's 5,120 text elements
    /// (a text element is at least one code unit, so the limit always holds).
    /// </summary>
    [Range(100, 5120)]
    public int MaxDocumentLength { get; set; } = 5000;

    /// <summary>UTF-16 code units that neighbouring documents share, so an entity on a cut is whole in one of them. Defaults to 200.</summary>
    [Range(0, 1000)]
    public int OverlapLength { get; set; } = 200;

    /// <summary>Documents per request. Defaults to 5, the service's limit for PII detection.</summary>
    [Range(1, 5)]
    public int MaxDocumentsPerRequest { get; set; } = 5;

    /// <summary>Largest request body in bytes. Defaults to 1,000,000, under the service's 1 MB limit.</summary>
    [Range(10_000, 1_000_000)]
    public int MaxRequestBytes { get; set; } = 1_000_000;
}
