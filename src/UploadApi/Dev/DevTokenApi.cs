using DocumentUploads.ServiceAuth;
using DocumentUploads.UploadApi.Api;

namespace DocumentUploads.UploadApi.Dev;

/// <summary><c>POST /dev/token</c>: a user token signed with the key every service accepts, so a
/// developer can try the API without a real identity provider. Mapped only in Development.</summary>
public static class DevTokenApi
{
    public const string Route = "/dev/token";

    public static IEndpointRouteBuilder MapDevTokenApi(this IEndpointRouteBuilder app)
    {
        app.MapPost(Route, (DevTokenRequest request, TokenFactories tokens) =>
        {
            var roles = request.Roles ?? [];
            if (string.IsNullOrWhiteSpace(request.Sub))
            {
                return ApiErrors.BadRequest(ApiErrors.InvalidRequest, "sub is required.");
            }
            if (string.IsNullOrWhiteSpace(request.ParticipantId) && !roles.Contains(AuthPolicies.OpsRole))
            {
                return ApiErrors.BadRequest(ApiErrors.InvalidRequest, "participantId is required unless the token has the ops role.");
            }
            var claims = new Dictionary<string, object> { [AuthPolicies.RoleClaim] = roles.ToArray() };
            if (!string.IsNullOrWhiteSpace(request.ParticipantId)) claims[AuthPolicies.ParticipantIdClaim] = request.ParticipantId;
            return TypedResults.Ok(new { token = tokens.User.Create(request.Sub, claims) });
        }).AllowAnonymous();
        return app;
    }
}
