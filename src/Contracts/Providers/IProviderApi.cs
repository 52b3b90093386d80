using Refit;

namespace DocumentUploads.Contracts.Providers;

/// <summary>The provider contract (<see cref="ProviderRoutes"/>) as a source-generated Refit client: upload-api,
/// document-workflow and the provider contract suite reach every provider service through it. Answers come
/// back whole (status code and body), because each caller maps them to its own outcome.</summary>
public interface IProviderApi
{
    /// <summary>Files one document. Never sent twice: a multipart upload is not retried.</summary>
    [Post(ProviderRoutes.Upload)]
    Task<HttpResponseMessage> UploadAsync([Body] ProviderUploadForm form, CancellationToken cancellationToken = default);

    /// <summary>Bulk status of the given request ids (a read, retried on transient failures).</summary>
    [Post(ProviderRoutes.Statuses)]
    Task<HttpResponseMessage> QueryStatusesAsync([Body] ProviderStatusQuery query, CancellationToken cancellationToken = default);

    [Get(ProviderRoutes.Ownership)]
    Task<HttpResponseMessage> GetClaimOwnershipAsync(string claimId, string participantId,
        CancellationToken cancellationToken = default);

    [Get(ProviderRoutes.Describe)]
    Task<HttpResponseMessage> DescribeAsync(CancellationToken cancellationToken = default);
}
