using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>The floor: the same file straight to lighthouse-sim's upload endpoint, as a client of Lighthouse would
/// send it (OAuth client-credentials token with a signed assertion, then <c>parameters</c> + <c>file</c>), without
/// any of our services in between.</summary>
public sealed class DirectLighthouseTarget(HttpClient simulator, byte[] file, string parameters) : IUploadTarget
{
    private const string ClientId = "document-uploads-dev";
    private const string TokenPath = "oauth2/benefits-documents/system/v1/token";
    private const string DocumentsPath = "services/benefits-documents/v1/documents";

    public string Name => "lighthouse-sim (direct)";

    public static async Task<DirectLighthouseTarget> CreateAsync(HttpClient simulator, RSA clientKey, byte[] file, string participantId,
        long claimId, CancellationToken cancellationToken)
    {
        var tokenUrl = new Uri(simulator.BaseAddress!, TokenPath).ToString();
        var now = DateTime.UtcNow;
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = ClientId,
            Audience = tokenUrl,
            Claims = new Dictionary<string, object> { ["sub"] = ClientId, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(clientKey), SecurityAlgorithms.RsaSha256),
        });
        using var response = await simulator.PostAsync(TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = "documents.read documents.write",
        }), cancellationToken);
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        simulator.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var parameters = JsonSerializer.Serialize(new
        {
            data = new { systemName = "VA.gov", docType = "L023", claimId, participantId, fileName = "statement.pdf", trackedItemIds = new[] { 1234L } },
        });
        return new DirectLighthouseTarget(simulator, file, parameters);
    }

    public async Task<bool> UploadAsync(CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(parameters, System.Text.Encoding.UTF8, "application/json"), "parameters" },
            { content, "file", "statement.pdf" },
        };
        using var response = await simulator.PostAsync(DocumentsPath, form, cancellationToken);
        return response.IsSuccessStatusCode;
    }
}
