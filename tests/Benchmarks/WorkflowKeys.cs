using System.Security.Cryptography;
using DocumentUploads.ServiceAuth;

namespace DocumentUploads.Benchmarks;

/// <summary>Token signing keys made up for one run: the service key is given to the child
/// services and to the in-process workflow alike, so the workflow's status calls are accepted.</summary>
public sealed record WorkflowKeys(string Service, string User)
{
    public static WorkflowKeys Generate() => new(NewKey(), NewKey());

    /// <summary>A service token signed with <see cref="Service"/>, as our services mint them, for a benchmark that
    /// calls a provider directly instead of through the in-process workflow.</summary>
    public string ServiceToken(string subject) =>
        new JwtTokenFactory(new TokenSettings { Audience = AuthSchemes.ServiceAudience }, Service, TimeProvider.System).Create(subject);

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
}
