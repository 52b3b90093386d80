using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentUploads.Simulators.Tests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

/// <summary>Talks to a running lighthouse-sim the way a real client of Lighthouse would.</summary>
public sealed class LighthouseTestClient(RunningApp sim, RSA clientKey, string clientId)
{
    public const string TokenPath = "oauth2/benefits-documents/system/v1/token";
    public const string DocumentsPath = "services/benefits-documents/v1/documents";
    public const string StatusPath = "services/benefits-documents/v1/uploads/status";

    private string? _accessToken;

    public HttpClient Http => sim.Client;

    public string TokenUrl => new Uri(sim.BaseAddress, TokenPath).ToString();

    public string CreateAssertion(RSA? signingKey = null, string? audience = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = clientId,
            Audience = audience ?? TokenUrl,
            Claims = new Dictionary<string, object> { ["sub"] = clientId, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = (expires ?? now.AddMinutes(5)).AddMinutes(-10),
            NotBefore = (expires ?? now.AddMinutes(5)).AddMinutes(-10),
            Expires = expires ?? now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(signingKey ?? clientKey), SecurityAlgorithms.RsaSha256),
        });
    }

    public Task<HttpResponseMessage> RequestTokenAsync(string assertion, string scope = "documents.read documents.write") =>
        Http.PostAsync(TokenPath, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            ["client_assertion"] = assertion,
            ["scope"] = scope,
        }));

    public async Task<string> AccessTokenAsync()
    {
        if (_accessToken is not null) return _accessToken;
        using var response = await RequestTokenAsync(CreateAssertion());
        response.EnsureSuccessStatusCode();
        return _accessToken = (await response.ReadNodeAsync())["access_token"]!.GetValue<string>();
    }

    public static string Parameters(string fileName, object? claimId = null, string docType = "L023") =>
        JsonSerializer.Serialize(new
        {
            data = new
            {
                systemName = "VA.gov",
                docType,
                claimId = claimId ?? 600000001L,
                participantId = "796378881",
                fileName,
                trackedItemIds = new[] { 1234L },
            },
        });

    public async Task<HttpResponseMessage> UploadAsync(string? parametersJson, byte[]? file, bool authorized = true)
    {
        using var content = new MultipartFormDataContent();
        if (parametersJson is not null) content.Add(new StringContent(parametersJson, System.Text.Encoding.UTF8, "application/json"), "parameters");
        if (file is not null)
        {
            var fileContent = new ByteArrayContent(file);
            fileContent.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(fileContent, "file", "upload.pdf");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, DocumentsPath) { Content = content };
        if (authorized) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync());
        return await Http.SendAsync(request);
    }

    /// <summary>Uploads a small valid document and returns its request id.</summary>
    public async Task<long> UploadDocumentAsync(string fileName)
    {
        using var response = await UploadAsync(Parameters(fileName), "%PDF-1.4 test"u8.ToArray());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var data = (await response.ReadNodeAsync())["data"]!;
        Assert.True(data["success"]!.GetValue<bool>());
        return data["requestId"]!.GetValue<long>();
    }

    public async Task<HttpResponseMessage> StatusAsync(IEnumerable<object> requestIds, bool authorized = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, StatusPath)
        {
            Content = JsonContent.Create(new { data = new { requestIds } }),
        };
        if (authorized) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync());
        return await Http.SendAsync(request);
    }

    public async Task<HttpResponseMessage> SingleStatusAsync(long requestId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"services/benefits-documents/v1/uploads/{requestId}/status");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await AccessTokenAsync());
        return await Http.SendAsync(request);
    }

    /// <summary>The <c>data</c> object of a successful status answer.</summary>
    public async Task<JsonNode> StatusDataAsync(params long[] requestIds)
    {
        using var response = await StatusAsync(requestIds.Cast<object>());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadNodeAsync())["data"]!;
    }

    /// <summary>Polls until the document's status is <paramref name="status"/> (bounded), returning the last status seen.</summary>
    public Task<JsonNode?> PollUntilAsync(long requestId, string status) =>
        Eventually.PollAsync(
            async () => (await StatusDataAsync(requestId))["statuses"]!.AsArray().SingleOrDefault(),
            node => node?["status"]?.GetValue<string>() == status);

    public Task<HttpResponseMessage> PutFaultsAsync(object faults) => Http.PutAsJsonAsync("_sim/faults", faults);
}
