using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DocumentUploads.ServiceAuth;

public static class AuthenticationExtensions
{
    /// <summary>Validates user tokens (<see cref="AuthSchemes.User"/>) and our services' token
    /// (<see cref="AuthSchemes.Service"/>) under the <see cref="AuthPolicies"/>, and mints this service's own
    /// token for its calls to the others (<see cref="ServiceTokenHandler"/>).</summary>
    public static IHostApplicationBuilder AddServiceAuthentication(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TokenFactories>();
        builder.Services.AddSingleton<ServiceTokenIssuer>();

        builder.Services.AddAuthentication()
            .AddJwtBearer(AuthSchemes.User)
            .AddJwtBearer(AuthSchemes.Service);
        builder.Services.AddOptions<JwtBearerOptions>(AuthSchemes.User)
            .Configure<TokenFactories>((o, f) => Configure(o, f.User));
        builder.Services.AddOptions<JwtBearerOptions>(AuthSchemes.Service)
            .Configure<TokenFactories>((o, f) => Configure(o, f.Service));

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.User, p => p.AddAuthenticationSchemes(AuthSchemes.User).RequireAuthenticatedUser())
            .AddPolicy(AuthPolicies.Ops, p => p.AddAuthenticationSchemes(AuthSchemes.User).RequireRole(AuthPolicies.OpsRole))
            .AddPolicy(AuthPolicies.Service, p => p.AddAuthenticationSchemes(AuthSchemes.Service).RequireAuthenticatedUser());
        return builder;
    }

    private static void Configure(JwtBearerOptions options, JwtTokenFactory factory)
    {
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters = factory.ValidationParameters();
    }

    /// <summary>The participant id carried by a user token (never taken from the request).</summary>
    public static string? ParticipantId(this ClaimsPrincipal user) => user.FindFirst(AuthPolicies.ParticipantIdClaim)?.Value;
}
