namespace DocumentUploads.UploadApi.Validation;

/// <summary>The unencrypted copy of a locked PDF, in a temp file readable only by this process's user and
/// deleted when the request is done with it.</summary>
public sealed class UnlockedPdfFile(string path) : IUploadContent
{
    public string Path { get; } = path;

    public Task<Stream> OpenAsync(CancellationToken cancellationToken) => Task.FromResult<Stream>(
        new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan));

    public ValueTask DisposeAsync()
    {
        File.Delete(Path);
        return ValueTask.CompletedTask;
    }

    /// <summary>Creates an empty file for the copy under <paramref name="directory"/>.</summary>
    public static (UnlockedPdfFile File, FileStream Stream) Create(string directory)
    {
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(directory);
        else Directory.CreateDirectory(directory, ownerOnly | UnixFileMode.UserExecute);

        var path = System.IO.Path.Combine(directory, $"unlocked-{Guid.NewGuid():N}.pdf");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = ownerOnly;
        return (new UnlockedPdfFile(path), new FileStream(path, options));
    }
}
