namespace DocumentUploads.Telemetry;

/// <summary>Names the operation a request to an external API performs, for <see cref="UpstreamCallMetricsHandler"/>.</summary>
public static class UpstreamOperation
{
    public static readonly HttpRequestOptionsKey<string> Key = new("DocumentUploads.UpstreamOperation");

    /// <summary>Requests not named are tagged with this.</summary>
    public const string Unnamed = "other";

    public static HttpRequestMessage ForUpstreamOperation(this HttpRequestMessage request, string operation)
    {
        request.Options.Set(Key, operation);
        return request;
    }

    public static string Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(Key, out var operation) ? operation : Unnamed;
}
