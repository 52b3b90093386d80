using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Publishing;

namespace DocumentUploads.AppHost.Tests.Publishing;

public sealed class PublishRequestTests
{
    [Fact]
    public void Without_a_publisher_the_application_runs()
    {
        Assert.Null(PublishRequest.FromArgs(["--Ports:upload-api=6080"], "/repo"));
    }

    [Fact]
    public void Output_path_is_relative_to_the_current_directory()
    {
        var request = PublishRequest.FromArgs(["--publisher", "manifest", "--output-path", "out/aspire-manifest.json"], "/repo");

        Assert.Equal("/repo/out/aspire-manifest.json", request?.OutputPath);
    }

    [Fact]
    public void A_folder_output_path_gets_the_usual_file_name()
    {
        var request = PublishRequest.FromArgs(["--publisher", "manifest", "--output-path", "out/"], "/repo");

        Assert.Equal("/repo/out/aspire-manifest.json", request?.OutputPath);
    }

    [Fact]
    public void An_unknown_publisher_is_an_error()
    {
        var error = Assert.Throws<DistributedApplicationException>(() => PublishRequest.FromArgs(["--publisher", "docker"], "/repo"));

        Assert.Contains("docker", error.Message);
    }
}
