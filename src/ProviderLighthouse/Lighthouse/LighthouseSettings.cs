namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Configuration section <c>Lighthouse</c>.</summary>
public sealed class LighthouseSettings
{
    /// <summary>The largest document Lighthouse takes (150 MB).</summary>
    public const long MaxFileBytes = 150L * 1024 * 1024;

    public const string SectionName = "Lighthouse";

    /// <summary>The API's base URL; when unset, the lighthouse-sim address the AppHost gives in run mode.</summary>
    public string? BaseUrl { get; set; }

    public string ClientId { get; set; } = "document-uploads-dev";

    /// <summary>PEM of the RSA private key that signs the client-credentials assertion. Never logged.
    /// Required outside Development; in Development an ephemeral key is made when missing.</summary>
    public string? ClientAssertionKey { get; set; }

    public string TokenPath { get; set; } = "/oauth2/benefits-documents/system/v1/token";
    public string DocumentsPath { get; set; } = "/services/benefits-documents/v1/documents";
    public string StatusPath { get; set; } = "/services/benefits-documents/v1/uploads/status";
    /// <summary>The Benefits Claims API route that answers 200 only for the veteran's own claim.</summary>
    public string ClaimPath { get; set; } = "/services/claims/v2/veterans/{participantId}/claims/{claimId}";

    public string Scopes { get; set; } = "documents.read documents.write";
    public string SystemName { get; set; } = "VA.gov";

    /// <summary>The most request ids one status request to Lighthouse may carry (Lighthouse's, and lighthouse-sim's,
    /// limit). Larger queries are split; the describe route states it, so document-workflow asks for as many.</summary>
    public int MaxIdsPerStatusRequest { get; set; } = 1000;

    /// <summary>Upper bound for one upload (large files over slow links take a while).</summary>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(2);
}
