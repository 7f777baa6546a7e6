namespace HelpBot.Privacy.Azure;

// Wire types of POST {endpoint}/language/:analyze-text with kind PiiEntityRecognition. Property names
// are camelCase on the wire (see AzurePiiJsonContext). Unknown response fields are ignored.

/// <summary>Request body of a PII entity recognition call.</summary>
internal sealed record AnalyzeTextRequest(string Kind, AnalysisInput AnalysisInput, PiiTaskParameters Parameters);

/// <summary>The documents of a request.</summary>
internal sealed record AnalysisInput(IReadOnlyList<InputDocument> Documents);

/// <summary>One document of a request; the id is unique within the request.</summary>
internal sealed record InputDocument(string Id, string Language, string Text);

/// <summary>Parameters of the PII task.</summary>
internal sealed record PiiTaskParameters(string ModelVersion, string Domain, string StringIndexType, bool LoggingOptOut);

/// <summary>Response body of a successful call.</summary>
internal sealed record AnalyzeTextResponse(string? Kind, PiiResults? Results);

/// <summary>Per-document results and errors.</summary>
internal sealed record PiiResults(
    IReadOnlyList<PiiDocumentResult>? Documents, IReadOnlyList<DocumentError>? Errors, string? ModelVersion);

/// <summary>Entities and warnings of one document.</summary>
internal sealed record PiiDocumentResult(string Id, IReadOnlyList<PiiEntity>? Entities, IReadOnlyList<DocumentWarning>? Warnings);

/// <summary>One entity. Offset and length count UTF-16 code units because the request asks for Utf16CodeUnit.</summary>
internal sealed record PiiEntity(string Category, string? Subcategory, int Offset, int Length, double ConfidenceScore);

/// <summary>A warning about one document, such as LongWordsInDocument or DocumentTruncated.</summary>
internal sealed record DocumentWarning(string? Code, string? Message);

/// <summary>A document that failed while the others succeeded.</summary>
internal sealed record DocumentError(string Id, ServiceError? Error);

/// <summary>An Azure error object; also the content of the request-level envelope {"error": {...}}.</summary>
internal sealed record ServiceError(string? Code, string? Message);

/// <summary>Request-level error envelope.</summary>
internal sealed record ErrorEnvelope(ServiceError? Error);
