using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocumentUploads.ServiceDefaults.Auth;

public static class AuthenticationExtensions
{
    internal static void AddDocumentUploadsAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TokenFactories>();
        builder.Services.AddSingleton<ServiceTokenIssuer>();

        var authentication = builder.Services.AddAuthentication()
            .AddJwtBearer(AuthSchemes.User)
            .AddJwtBearer(AuthSchemes.Service);
        if (AppApiToken(builder.Configuration) is { } appApiToken) authentication.AddDapr(o => o.Token = appApiToken);
        builder.Services.AddOptions<JwtBearerOptions>(AuthSchemes.User)
            .Configure<TokenFactories>((o, f) => Configure(o, f.User));
        builder.Services.AddOptions<JwtBearerOptions>(AuthSchemes.Service)
            .Configure<TokenFactories>((o, f) => Configure(o, f.Service));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.User, p => p.AddAuthenticationSchemes(AuthSchemes.User).RequireAuthenticatedUser())
            .AddPolicy(AuthPolicies.Ops, p => p.AddAuthenticationSchemes(AuthSchemes.User).RequireRole(AuthPolicies.OpsRole))
            .AddPolicy(AuthPolicies.Service, p => p.AddAuthenticationSchemes(AuthSchemes.Service).RequireAuthenticatedUser());
    }

    private static void Configure(JwtBearerOptions options, JwtTokenFactory factory)
    {
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters = factory.ValidationParameters();
    }

    /// <summary>The token our sidecar presents on its calls to this app, when it was given one.</summary>
    internal static string? AppApiToken(IConfiguration configuration) =>
        configuration["APP_API_TOKEN"] is { Length: > 0 } token ? token : null;

    /// <summary>The participant id carried by a user token (never taken from the request).</summary>
    public static string? ParticipantId(this ClaimsPrincipal user) => user.FindFirst(AuthPolicies.ParticipantIdClaim)?.Value;
}
