namespace DocumentUploads.DocumentWorkflow.Polling;

public sealed class ProviderCallException(string provider, string reason, Exception? inner = null)
    : Exception($"Status query to provider '{provider}' failed: {reason}", inner)
{
    public string Provider { get; } = provider;
    public string Reason { get; } = reason;
}
