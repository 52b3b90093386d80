using DocumentUploads.TestSupport;

namespace DocumentUploads.UploadApi.Tests.Scanning;

/// <summary>One clamd for the scanning tests (it loads its signatures once).</summary>
public sealed class ClamdFixture : IAsyncLifetime
{
    public ClamdProcess Clamd { get; private set; } = null!;

    public async Task InitializeAsync() => Clamd = await ClamdProcess.StartAsync();

    public async Task DisposeAsync() => await Clamd.DisposeAsync();
}
