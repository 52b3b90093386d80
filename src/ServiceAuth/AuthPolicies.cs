namespace DocumentUploads.ServiceAuth;

public static class AuthPolicies
{
    /// <summary>Any authenticated user token (a veteran acting for themselves).</summary>
    public const string User = "user";

    /// <summary>A user token with the <c>ops</c> role.</summary>
    public const string Ops = "ops";

    /// <summary>Another DocumentUploads service presenting the internal service token.</summary>
    public const string Service = "service";

    public const string RoleClaim = "roles";
    public const string ParticipantIdClaim = "participantId";
    public const string OpsRole = "ops";
}
