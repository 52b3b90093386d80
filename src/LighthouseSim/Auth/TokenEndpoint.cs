using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;

namespace DocumentUploads.LighthouseSim.Auth;

/// <summary>The OAuth client-credentials grant with a JWT client assertion (RFC 7523), as
/// Lighthouse's system-to-system token endpoint offers it.</summary>
public static class TokenEndpoint
{
    public const string Route = "/oauth2/benefits-documents/system/v1/token";
    public const string AssertionType = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    public static readonly IReadOnlySet<string> Scopes = new HashSet<string>(StringComparer.Ordinal)
    {
        "documents.read", "documents.write",
    };

    public static void MapTokenEndpoint(this IEndpointRouteBuilder app) => app.MapPost(Route, IssueAsync);

    private static async Task<Results<Ok<TokenResponse>, JsonHttpResult<OAuthError>>> IssueAsync(
        HttpRequest request, ClientAssertionValidator validator, AccessTokenStore tokens)
    {
        // Token answers must never be cached (RFC 6749 section 5.1).
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        if (!request.HasFormContentType)
        {
            return Error(OAuthError.InvalidRequest, "The request must be application/x-www-form-urlencoded.");
        }
        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);

        if (form["grant_type"] != "client_credentials")
        {
            return Error(OAuthError.UnsupportedGrantType, "grant_type must be client_credentials.");
        }
        if (form["client_assertion_type"] != AssertionType)
        {
            return Error(OAuthError.InvalidClient, $"client_assertion_type must be {AssertionType}.");
        }
        if (StringValues.IsNullOrEmpty(form["client_assertion"]))
        {
            return Error(OAuthError.InvalidClient, "client_assertion is required.");
        }

        var scopes = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (scopes.Length == 0) return Error(OAuthError.InvalidScope, "scope is required.");
        if (scopes.FirstOrDefault(s => !Scopes.Contains(s)) is { } unknown)
        {
            return Error(OAuthError.InvalidScope, $"The scope '{unknown}' is not allowed for this client.");
        }

        var tokenUrl = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}";
        if (await validator.ProblemAsync(form["client_assertion"].ToString(), tokenUrl) is { } problem)
        {
            return Error(OAuthError.InvalidClient, problem);
        }

        var token = tokens.Issue();
        return TypedResults.Ok(new TokenResponse(token, "Bearer", (int)AccessTokenStore.Lifetime.TotalSeconds,
            string.Join(' ', scopes.Distinct(StringComparer.Ordinal))));
    }

    private static JsonHttpResult<OAuthError> Error(string error, string description) =>
        TypedResults.Json(new OAuthError(error, description), statusCode: StatusCodes.Status400BadRequest);
}
