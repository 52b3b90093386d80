using DocumentUploads.Contracts.Features;
using DocumentUploads.DocumentWorkflow.Features;

namespace DocumentUploads.DocumentWorkflow.Notices;

/// <summary>Whether failure notices are sent (<c>document_failure_notifications</c>): an operator's override from the
/// flags page when there is one, else <c>FeatureManagement:document_failure_notifications</c> (on in Development).
/// The notice goes to the document's veteran whatever the flag's user list says: it is a switch, not a rollout.</summary>
public sealed class FailureNoticeFlag(IFeatureFlagStore flags, IConfiguration configuration)
{
    public async Task<bool> IsOnAsync(CancellationToken cancellationToken)
    {
        var overrides = await flags.GetAllAsync(cancellationToken);
        if (overrides.FirstOrDefault(f => f.Name == FeatureFlagNames.DocumentFailureNotifications) is { } set) return set.Enabled;
        return configuration.GetValue<bool>($"FeatureManagement:{FeatureFlagNames.DocumentFailureNotifications}");
    }
}
