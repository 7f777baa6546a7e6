namespace HelpBot.Privacy.Azure;

/// <summary>Protocol string values of the analyze-text PII call.</summary>
internal static class AzurePiiConstants
{
    public const string Path = "language/:analyze-text";
    public const string TaskKind = "PiiEntityRecognition";
    public const string ResultKind = "PiiEntityRecognitionResults";
    public const string StringIndexType = "Utf16CodeUnit";
    public const string ModelVersion = "latest";
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string HttpClientName = "HelpBot.Privacy.AzurePii";
    public const string TokenHttpClientName = "HelpBot.Privacy.AzurePiiToken";
}
