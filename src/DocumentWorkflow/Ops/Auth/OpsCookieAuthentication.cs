using DocumentUploads.DocumentWorkflow.Ops.Html;
using DocumentUploads.ServiceAuth;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace DocumentUploads.DocumentWorkflow.Ops.Auth;

/// <summary>Teaches this service's User JWT scheme (from ServiceDefaults, unchanged: same issuer, audience, key
/// and lifetime checks) to read the token from the sign-in cookie on /ops, and to answer browsers on dashboard
/// pages with a redirect to the sign-in page (no token) or a 403 page (not ops) instead of a bare status.</summary>
public static class OpsCookieAuthentication
{
    public static IServiceCollection AddOpsCookieAuthentication(this IServiceCollection services)
    {
        services.PostConfigure<JwtBearerOptions>(AuthSchemes.User, options =>
        {
            var events = options.Events ??= new JwtBearerEvents();
            var received = events.OnMessageReceived;
            events.OnMessageReceived = async context =>
            {
                await received(context);
                context.Token ??= OpsCookie.TokenFor(context.Request);
            };
            var challenge = events.OnChallenge;
            events.OnChallenge = async context =>
            {
                await challenge(context);
                if (context.Handled || !OpsRoutes.IsPage(context.Request.Path) || context.Response.HasStarted) return;
                context.HandleResponse();
                context.Response.Redirect(OpsRoutes.SignIn);
            };
            var forbidden = events.OnForbidden;
            events.OnForbidden = async context =>
            {
                await forbidden(context);
                if (!OpsRoutes.IsPage(context.Request.Path) || context.Response.HasStarted) return;
                await OpsResponses.WriteHtmlAsync(context.HttpContext, StatusCodes.Status403Forbidden,
                    OpsLayout.Render(OpsPageContext.Anonymous, "Not an operator", "forbidden", OpsPages.Forbidden()));
            };
        });
        return services;
    }
}
