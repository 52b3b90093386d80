namespace DocumentUploads.ProviderContract.Tests.Infrastructure;

/// <summary>Who a test request claims to be.</summary>
public enum Caller
{
    /// <summary>Another of our services, with the internal service token (how the contract is called).</summary>
    Service,

    /// <summary>No Authorization header.</summary>
    Anonymous,

    /// <summary>A valid user (veteran) token.</summary>
    User,
}
