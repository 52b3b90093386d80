using System.Security.Claims;
using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace DocumentUploads.DocumentWorkflow.Ops.Auth;

/// <summary>Browser sign-in: an operator pastes an ops token (the same user JWT every service accepts) and it is
/// kept in the <see cref="OpsCookie"/>. In Development only, a one-click development operator. Tokens are never
/// logged or echoed back.</summary>
public static partial class OpsSignInApi
{
    public const string DevelopmentOperator = "ops-dev";
    private const string LogCategory = "DocumentUploads.DocumentWorkflow.Ops.SignIn";

    public static IEndpointRouteBuilder MapOpsSignIn(this IEndpointRouteBuilder app, bool isDevelopment)
    {
        app.MapGet(OpsRoutes.SignIn, (HttpContext http, IAntiforgery antiforgery) =>
            SignInPage(http, antiforgery, isDevelopment, null, StatusCodes.Status200OK)).AllowAnonymous();
        app.MapPost(OpsRoutes.SignIn, (HttpContext http, IAntiforgery antiforgery, IOptionsMonitor<JwtBearerOptions> jwt,
            ILoggerFactory loggers, CancellationToken ct) => SignInAsync(http, antiforgery, jwt, loggers.CreateLogger(LogCategory), isDevelopment, ct)).AllowAnonymous();
        // Forgets the cookie; harmless to trigger from anywhere, and SameSite=Strict keeps other sites out anyway.
        app.MapPost(OpsRoutes.SignOut, (HttpContext http) =>
        {
            OpsCookie.Delete(http.Response);
            return Results.Redirect(OpsRoutes.SignIn);
        }).AllowAnonymous();
        if (isDevelopment)
        {
            app.MapPost(OpsRoutes.DevelopmentSignIn, DevelopmentSignInAsync).AllowAnonymous();
        }
        return app;
    }

    private static IResult SignInPage(HttpContext http, IAntiforgery antiforgery, bool isDevelopment, string? error, int statusCode) =>
        OpsResponses.Html(OpsLayout.Render(OpsResponses.PageContext(http, antiforgery), "Sign in", "sign-in",
            OpsPages.SignIn(OpsResponses.PageContext(http, antiforgery), isDevelopment, error)), statusCode);

    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, IOptionsMonitor<JwtBearerOptions> jwt,
        ILogger logger, bool isDevelopment, CancellationToken cancellationToken)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return SignInPage(http, antiforgery, isDevelopment, "The sign-in form had expired; please paste the token again.",
                StatusCodes.Status400BadRequest);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var token = form["token"].ToString().Trim();
        if (token.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) token = token["Bearer ".Length..].Trim();
        if (token.Length == 0)
        {
            return SignInPage(http, antiforgery, isDevelopment, "Paste an ops token to sign in.", StatusCodes.Status400BadRequest);
        }

        // Exactly the bearer scheme's checks: its own validation parameters (issuer, audience, key, lifetime).
        var parameters = jwt.Get(AuthSchemes.User).TokenValidationParameters;
        var result = await new JsonWebTokenHandler { MapInboundClaims = false }.ValidateTokenAsync(token, parameters);
        if (!result.IsValid)
        {
            LogRefused(logger, result.Exception?.GetType().Name ?? "invalid");
            return SignInPage(http, antiforgery, isDevelopment,
                "That token is not valid here: it has expired, or it was not issued for this system.", StatusCodes.Status400BadRequest);
        }
        var principal = new ClaimsPrincipal(result.ClaimsIdentity);
        if (!principal.IsInRole(AuthPolicies.OpsRole))
        {
            return OpsResponses.Html(OpsLayout.Render(OpsPageContext.Anonymous, "Not an operator", "forbidden", OpsPages.Forbidden()),
                StatusCodes.Status403Forbidden);
        }
        OpsCookie.Append(http.Response, token, result.SecurityToken.ValidTo, http.Request.IsHttps);
        LogSignedIn(logger, principal.FindFirst("sub")?.Value ?? "unknown");
        return Results.Redirect(OpsRoutes.Overview);
    }

    private static async Task<IResult> DevelopmentSignInAsync(HttpContext http, IAntiforgery antiforgery, TokenFactories tokens,
        TimeProvider time, ILoggerFactory loggers)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return SignInPage(http, antiforgery, isDevelopment: true, "The sign-in form had expired; try again.", StatusCodes.Status400BadRequest);
        }
        var lifetime = TimeSpan.FromHours(8);
        var token = tokens.User.Create(DevelopmentOperator,
            new Dictionary<string, object> { [AuthPolicies.RoleClaim] = new[] { AuthPolicies.OpsRole } }, lifetime);
        OpsCookie.Append(http.Response, token, time.GetUtcNow() + lifetime, http.Request.IsHttps);
        LogSignedIn(loggers.CreateLogger(LogCategory), DevelopmentOperator);
        return Results.Redirect(OpsRoutes.Overview);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Operator {Operator} signed in to the ops dashboard")]
    private static partial void LogSignedIn(ILogger logger, string @operator);

    [LoggerMessage(Level = LogLevel.Warning, Message = "An ops dashboard sign-in was refused: the token did not validate ({Reason})")]
    private static partial void LogRefused(ILogger logger, string reason);
}
