using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DocumentUploads.ServiceAuth;

/// <summary>Signs HMAC-SHA256 JWTs for one audience; the matching validation parameters come
/// from <see cref="ValidationParameters"/> so issuing and checking cannot drift apart.</summary>
public sealed class JwtTokenFactory(TokenSettings settings, string signingKey, TimeProvider time)
{
    private readonly SymmetricSecurityKey _key = CreateKey(signingKey);

    public TokenSettings Settings => settings;

    public string Create(string subject, IReadOnlyDictionary<string, object>? claims = null, TimeSpan? lifetime = null)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var all = new Dictionary<string, object>(claims ?? new Dictionary<string, object>()) { ["sub"] = subject };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Claims = all,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? settings.Lifetime),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    public TokenValidationParameters ValidationParameters() => new()
    {
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.Audience,
        IssuerSigningKey = _key,
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        NameClaimType = "sub",
        RoleClaimType = AuthPolicies.RoleClaim,
        ClockSkew = TimeSpan.FromSeconds(30),
    };

    private static SymmetricSecurityKey CreateKey(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("A token signing key must be at least 32 bytes.");
        }
        return new SymmetricSecurityKey(bytes);
    }
}
