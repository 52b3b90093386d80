using Microsoft.Net.Http.Headers;

namespace DocumentUploads.DocumentWorkflow.Ops.Auth;

/// <summary>The sign-in cookie: the operator's own user JWT, HttpOnly (no script reads it), SameSite=Strict
/// (no other site's page sends it), scoped to /ops, expiring with the token. The token inside is validated on
/// every request by the same User JWT scheme as a bearer header.</summary>
public static class OpsCookie
{
    public const string Name = "du_ops_token";

    public static void Append(HttpResponse response, string token, DateTimeOffset expires, bool secure) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict,
            Secure = secure,
            Path = OpsRoutes.Overview,
            Expires = expires,
            IsEssential = true,
        });

    public static void Delete(HttpResponse response) =>
        response.Cookies.Delete(Name, new CookieOptions { Path = OpsRoutes.Overview, HttpOnly = true, SameSite = Microsoft.AspNetCore.Http.SameSiteMode.Strict });

    /// <summary>The cookie stands in for the bearer header only under /ops, only when no header is sent, and only
    /// for reads and the antiforgery-checked dashboard forms: PUT /ops/features and every other route that
    /// changes something keep requiring the header, so a cookie can never be ridden into them.</summary>
    public static string? TokenFor(HttpRequest request)
    {
        if (!request.Path.StartsWithSegments(OpsRoutes.Overview, StringComparison.OrdinalIgnoreCase)) return null;
        if (request.Headers.ContainsKey(HeaderNames.Authorization)) return null;
        var allowed = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
                      || (HttpMethods.IsPost(request.Method) && OpsRoutes.IsDashboardForm(request.Path));
        return allowed && request.Cookies.TryGetValue(Name, out var token) && !string.IsNullOrWhiteSpace(token) ? token : null;
    }
}
