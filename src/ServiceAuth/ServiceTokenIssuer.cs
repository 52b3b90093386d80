using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.ServiceAuth;

/// <summary>Mints (and caches until shortly before expiry) the internal token this service
/// presents to the others; its subject is this service's app id.</summary>
public sealed class ServiceTokenIssuer(TokenFactories factories, IConfiguration configuration,
    IHostEnvironment environment, TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);
    private readonly Lock _gate = new();
    private (string Token, DateTimeOffset RenewAt)? _cached;

    public string AppId { get; } = configuration["OTEL_SERVICE_NAME"] ?? environment.ApplicationName;

    public string GetToken()
    {
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_cached is { } cached && now < cached.RenewAt) return cached.Token;
            var token = factories.Service.Create(AppId, lifetime: Lifetime);
            _cached = (token, now + Lifetime / 2);
            return token;
        }
    }
}
