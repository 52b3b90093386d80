using DocumentUploads.Telemetry;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DocumentUploads.ProviderLighthouse.Lighthouse;

/// <summary>Lighthouse's OAuth client-credentials grant: a JWT assertion signed with our RSA
/// key is exchanged for a bearer token, which is cached until shortly before it expires.</summary>
public sealed partial class LighthouseTokenProvider : IDisposable
{
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http;
    private readonly LighthouseSettings _settings;
    private readonly TimeProvider _time;
    private readonly RsaSecurityKey _key;
    private readonly RSA _rsa;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;

    public LighthouseTokenProvider(IHttpClientFactory httpClientFactory, IOptions<LighthouseSettings> settings, IHostEnvironment environment,
        TimeProvider time, ILogger<LighthouseTokenProvider> logger)
    {
        _http = httpClientFactory.CreateClient(LighthouseHttpClients.Token);
        _settings = settings.Value;
        _time = time;
        _rsa = RSA.Create();
        if (!string.IsNullOrWhiteSpace(_settings.ClientAssertionKey))
        {
            _rsa.ImportFromPem(_settings.ClientAssertionKey);
        }
        else if (environment.IsDevelopment())
        {
            // An ephemeral key works against a simulator that was given no public key to check.
            _rsa.KeySize = 2048;
            LogEphemeralKey(logger);
        }
        else
        {
            throw new InvalidOperationException("Lighthouse:ClientAssertionKey is required outside Development.");
        }
        _key = new RsaSecurityKey(_rsa);
    }

    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_cached is { } fresh && _time.GetUtcNow() < fresh.RenewAt) return fresh.Token;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_cached is { } cached && _time.GetUtcNow() < cached.RenewAt) return cached.Token;
            var token = await ExchangeAsync(cancellationToken);
            _cached = (token.AccessToken, _time.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewBeforeExpiry);
            return token.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forget the cached token (the API said 401: revoked or expired early).</summary>
    public void Invalidate() => _cached = null;

    private async Task<LighthouseTokenResponse> ExchangeAsync(CancellationToken cancellationToken)
    {
        var tokenUrl = new Uri(_http.BaseAddress!, _settings.TokenPath.TrimStart('/'));
        var now = _time.GetUtcNow().UtcDateTime;
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = _settings.ClientId,
            Audience = tokenUrl.ToString(),
            Claims = new Dictionary<string, object> { ["sub"] = _settings.ClientId, ["jti"] = Guid.NewGuid().ToString() },
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(5),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenUrl)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["client_assertion_type"] = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
                ["client_assertion"] = assertion,
                ["scope"] = _settings.Scopes,
            }),
        }.ForUpstreamOperation("token");
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new LighthouseException(response.StatusCode, "token exchange refused");
        }
        return await response.Content.ReadFromJsonAsync<LighthouseTokenResponse>(cancellationToken)
               ?? throw new LighthouseException(response.StatusCode, "empty token answer");
    }

    public void Dispose()
    {
        _gate.Dispose();
        _rsa.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Lighthouse:ClientAssertionKey is not set; using an ephemeral key (Development only)")]
    private static partial void LogEphemeralKey(ILogger logger);
}
