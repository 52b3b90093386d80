using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DocumentUploads.LighthouseSim.Auth;

/// <summary>Checks the RS256 client assertion of a client-credentials grant: iss = sub = the client
/// id, aud = the token URL, exp in the future and, when a public key is configured, the signature.</summary>
public sealed class ClientAssertionValidator
{
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);
    private readonly JsonWebTokenHandler _handler = new();
    private readonly string _clientId;
    private readonly RsaSecurityKey? _key;
    private readonly TimeProvider _time;

    public ClientAssertionValidator(LighthouseSimOptions options, TimeProvider time)
    {
        _clientId = options.ClientId;
        _time = time;
        if (!string.IsNullOrWhiteSpace(options.ClientPublicKey))
        {
            var rsa = RSA.Create();
            rsa.ImportFromPem(options.ClientPublicKey);
            _key = new RsaSecurityKey(rsa);
        }
    }

    public bool ChecksSignatures => _key is not null;

    /// <summary>Why the assertion is refused, or null when it is acceptable.</summary>
    public async Task<string?> ProblemAsync(string assertion, string tokenUrl)
    {
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = _clientId,
            ValidAudience = tokenUrl,
            // Lifetime is checked below against the injected TimeProvider.
            ValidateLifetime = false,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        };
        if (_key is null)
        {
            // No key configured: accept any signature (start-up logs a warning).
            parameters.RequireSignedTokens = false;
            parameters.ValidateIssuerSigningKey = false;
            parameters.SignatureValidator = (token, _) => new JsonWebToken(token);
        }
        else
        {
            parameters.IssuerSigningKey = _key;
        }

        var result = await _handler.ValidateTokenAsync(assertion, parameters);
        if (!result.IsValid) return Describe(result.Exception, tokenUrl);
        if (result.SecurityToken is not JsonWebToken jwt || jwt.Subject != _clientId)
        {
            return "The client assertion's sub must be the client id.";
        }
        return LifetimeProblem(jwt);
    }

    private string? LifetimeProblem(JsonWebToken jwt)
    {
        if (!jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp)) return "The client assertion has no exp claim.";
        var now = _time.GetUtcNow();
        if (DateTimeOffset.FromUnixTimeSeconds(exp) + ClockSkew <= now) return "The client assertion has expired.";
        if (jwt.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf)
            && DateTimeOffset.FromUnixTimeSeconds(nbf) - ClockSkew > now)
        {
            return "The client assertion is not valid yet (nbf).";
        }
        return null;
    }

    private string Describe(Exception? exception, string tokenUrl) => exception switch
    {
        SecurityTokenInvalidAudienceException => $"The client assertion's aud must be {tokenUrl}.",
        SecurityTokenInvalidIssuerException => $"The client assertion's iss must be the client id '{_clientId}'.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException =>
            "The client assertion's signature could not be verified.",
        SecurityTokenInvalidAlgorithmException => "The client assertion must be signed with RS256.",
        _ => "The client assertion is not a valid JWT.",
    };
}
