using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;

namespace DocumentUploads.AppHost.Tests.Publishing;

/// <summary>The committed aspire-manifest.json is exactly what Aspire's own publisher writes for the
/// composition, and says what a deployment needs.</summary>
public sealed class ManifestTests
{
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    private static async Task<string> PublishAsync()
    {
        var output = Path.Combine(Directory.CreateTempSubdirectory("du-manifest-").FullName, "aspire-manifest.json");
        var configuration = typeof(ManifestTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        foreach (var argument in (string[])["run", "--no-build", "-c", configuration, "--no-launch-profile", "--project", Repository.AppHostDirectory,
                     "--", "--publisher", "manifest", "--output-path", output])
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        Assert.True(process.ExitCode == 0, $"the publisher failed:\n{await stdout}\n{await stderr}");
        // Paths in it are relative to where it is written; the committed file sits at the repository root.
        return (await File.ReadAllTextAsync(output)).Replace(Path.GetRelativePath(Path.GetDirectoryName(output)!, Repository.Root).TrimEnd('/') + "/", "",
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_committed_manifest_is_what_the_publisher_writes()
    {
        // Regenerate with: dotnet run --project AppHost -- --publisher manifest --output-path ../aspire-manifest.json
        Assert.Equal(await Published.Value, await File.ReadAllTextAsync(Repository.ManifestPath));
    }

    [Fact]
    public async Task The_manifest_has_the_product_services_their_sidecars_and_components_the_database_and_secrets_but_no_simulator()
    {
        var resources = JsonNode.Parse(await Published.Value)!["resources"]!.AsObject();
        string TypeOf(string name) => resources[name]?["type"]?.GetValue<string>() ?? "(missing)";

        foreach (var service in new[] { "upload-api", "document-workflow", "provider-lighthouse", "provider-champva" })
        {
            Assert.StartsWith("project.v", TypeOf(service));
            Assert.Equal("dapr.v0", TypeOf(service + "-dapr"));
        }
        Assert.False(resources.ContainsKey("lighthouse-sim"));
        Assert.False(resources.ContainsKey("champva-sim"));
        Assert.False(resources.ContainsKey("notify-sim"));
        Assert.Equal(["document-status-poll", "envsecrets", "statestore"],
            resources["document-workflow-dapr"]!["dapr"]!["components"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.Equal("dapr.component.v0", TypeOf("statestore"));
        Assert.Equal("components/statestore.yaml", resources["statestore"]!["daprComponent"]!["localPath"]!.GetValue<string>());

        Assert.StartsWith("container.v", TypeOf("postgres"));
        Assert.Contains("{postgres.", resources["documents"]!["connectionString"]!.GetValue<string>());
        Assert.Contains("{documents.connectionString}", resources["document-workflow"]!["env"]!.ToJsonString());

        foreach (var secret in new[] { "auth-signing-key", "service-auth-signing-key", "lighthouse-client-private-key", "champva-api-key", "vanotify-api-key" })
        {
            Assert.Equal("parameter.v0", TypeOf(secret));
            Assert.True(resources[secret]!["inputs"]!["value"]!["secret"]!.GetValue<bool>(), secret);
        }
        Assert.Equal("{lighthouse-base-url.value}", resources["provider-lighthouse"]!["env"]!["Lighthouse__BaseUrl"]!.GetValue<string>());
        Assert.Equal("{vanotify-base-url.value}", resources["document-workflow"]!["env"]!["VaNotify__BaseUrl"]!.GetValue<string>());
        Assert.Equal("{vanotify-api-key.value}", resources["document-workflow"]!["env"]!["VaNotify__ApiKey"]!.GetValue<string>());
        Assert.True(resources["upload-api"]!["bindings"]!["http"]!["external"]!.GetValue<bool>());
    }
}
