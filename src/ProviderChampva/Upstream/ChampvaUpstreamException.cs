namespace DocumentUploads.ProviderChampva.Upstream;

public sealed class ChampvaUpstreamException(
    UpstreamFailure failure, string message, int? upstreamStatus = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public UpstreamFailure Failure { get; } = failure;

    public int? UpstreamStatus { get; } = upstreamStatus;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
