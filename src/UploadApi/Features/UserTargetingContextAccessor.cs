using DocumentUploads.ServiceAuth;
using Microsoft.FeatureManagement.FeatureFilters;

namespace DocumentUploads.UploadApi.Features;

/// <summary>Targets flags at the signed-in user: their token subject, with their roles as groups.</summary>
public sealed class UserTargetingContextAccessor(IHttpContextAccessor httpContextAccessor) : ITargetingContextAccessor
{
    public ValueTask<TargetingContext> GetContextAsync()
    {
        var user = httpContextAccessor.HttpContext?.User;
        return ValueTask.FromResult(new TargetingContext
        {
            UserId = user?.FindFirst("sub")?.Value ?? "",
            Groups = user?.FindAll(AuthPolicies.RoleClaim).Select(c => c.Value).ToList() ?? [],
        });
    }
}
