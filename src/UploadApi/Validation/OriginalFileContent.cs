namespace DocumentUploads.UploadApi.Validation;

/// <summary>The file exactly as the veteran sent it (ASP.NET keeps a large one in a temp file of its own).</summary>
public sealed class OriginalFileContent(Func<Stream> openFile) : IUploadContent
{
    public Task<Stream> OpenAsync(CancellationToken cancellationToken) => Task.FromResult(openFile());

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
