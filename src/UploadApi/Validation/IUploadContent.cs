namespace DocumentUploads.UploadApi.Validation;

/// <summary>The bytes to send for a validated upload; disposing it removes anything made for this request.</summary>
public interface IUploadContent : IAsyncDisposable
{
    Task<Stream> OpenAsync(CancellationToken cancellationToken);
}
