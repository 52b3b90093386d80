using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Composition;

/// <summary>clamd in the application model, with a stand-in file for the program (never run here): a loopback
/// TCP socket of its own, a PING health check, its configuration file, and upload-api pointed at it and waiting for it.</summary>
public sealed class ClamdTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("du-clamd-model-").FullName;

    private string Clamd => Path.Combine(_directory, "clamd");

    public ClamdTests() => File.WriteAllText(Clamd, "#!/bin/sh\n");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Upload_api_scans_with_a_clamd_on_loopback_that_the_AppHost_starts_first()
    {
        await using var model = await ComposedModel.BuildAsync("--Clamav:Enabled=true", $"--Clamav:ClamdPath={Clamd}", "--Ports:clamav=5399");

        var clamav = model.Resource<ExecutableResource>("clamav");
        Assert.Equal(Clamd, clamav.Command);
        var tcp = clamav.Annotations.OfType<EndpointAnnotation>().Single();
        Assert.Equal(5399, tcp.Port);
        Assert.False(tcp.IsProxied);
        Assert.Contains(clamav.Annotations.OfType<HealthCheckAnnotation>(), h => h.Key == "clamav-answers-ping");

        var arguments = await ComposedModel.ArgumentsOf(clamav);
        Assert.Equal("--config-file", arguments[0]);
        var configuration = await File.ReadAllTextAsync(arguments[1]);
        Assert.Contains("TCPSocket 5399", configuration);
        Assert.Contains("TCPAddr 127.0.0.1", configuration);
        Assert.Contains("StreamMaxLength 160M", configuration);
        // A model never started never stops, so its cleanup does not run: the test removes what the AppHost wrote.
        Directory.Delete(Path.GetDirectoryName(arguments[1])!, recursive: true);

        var uploadApi = model.Resource<ProjectResource>(AppIds.UploadApi);
        Assert.Equal("127.0.0.1:5399", (await ComposedModel.EnvironmentOf(uploadApi))["Scanning__ClamdAddress"]);
        Assert.Contains(uploadApi.Annotations.OfType<WaitAnnotation>(), w => w.Resource.Name == "clamav");
    }

    [Fact]
    public async Task Without_clamd_upload_api_is_given_no_scanner_and_a_missing_configured_path_stops_the_start()
    {
        await using (var model = await ComposedModel.BuildAsync())
        {
            Assert.DoesNotContain(model.Builder.Resources, r => r.Name == "clamav");
            Assert.False((await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.UploadApi))).ContainsKey("Scanning__ClamdAddress"));
        }
        var error = await Assert.ThrowsAnyAsync<Exception>(() => ComposedModel.BuildAsync("--Clamav:Enabled=true", "--Clamav:ClamdPath=/nowhere/clamd"));
        Assert.Contains("Clamav:ClamdPath", error.ToString());
    }
}
