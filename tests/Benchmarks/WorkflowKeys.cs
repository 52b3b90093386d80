using System.Security.Cryptography;

namespace DocumentUploads.Benchmarks;

/// <summary>Token signing keys made up for one run: the service key is given to the child
/// services and to the in-process workflow alike, so the workflow's status calls are accepted.</summary>
public sealed record WorkflowKeys(string Service, string User)
{
    public static WorkflowKeys Generate() => new(NewKey(), NewKey());

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
}
