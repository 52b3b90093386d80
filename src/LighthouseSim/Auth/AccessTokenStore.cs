using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace DocumentUploads.LighthouseSim.Auth;

/// <summary>The opaque bearer tokens handed out by the token endpoint, each with its expiry.</summary>
public sealed class AccessTokenStore(TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(300);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public string Issue()
    {
        var now = time.GetUtcNow();
        RemoveExpired(now);
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        _expiries[token] = now + Lifetime;
        return token;
    }

    public bool IsLive(string token) => _expiries.TryGetValue(token, out var expiry) && time.GetUtcNow() < expiry;

    // Tokens are few (clients cache them until expiry), so a sweep per issue is cheap.
    private void RemoveExpired(DateTimeOffset now)
    {
        foreach (var (token, expiry) in _expiries)
        {
            if (expiry <= now) _expiries.TryRemove(token, out _);
        }
    }

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
