namespace DocumentUploads.Benchmarks.Uploads;

/// <summary>Something the load runner uploads through: one call per upload, true when it was accepted.</summary>
public interface IUploadTarget
{
    string Name { get; }

    Task<bool> UploadAsync(CancellationToken cancellationToken);
}
