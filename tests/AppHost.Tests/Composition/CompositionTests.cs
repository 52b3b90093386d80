using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Composition;

public sealed class CompositionTests
{
    [Fact]
    public async Task Seven_services_listen_on_their_well_known_loopback_ports_and_are_health_checked()
    {
        await using var model = await ComposedModel.BuildAsync();

        Assert.Equal(ComposedModel.Services.Select(s => s.Name).Order(), model.Builder.Resources.OfType<ProjectResource>().Select(p => p.Name).Order());
        foreach (var (name, port) in ComposedModel.Services)
        {
            var service = model.Resource<ProjectResource>(name);
            var http = service.Annotations.OfType<EndpointAnnotation>().Single();
            Assert.Equal(port, http.Port);
            Assert.False(http.IsProxied);
            Assert.Equal("127.0.0.1", http.TargetHost);
            Assert.Contains(service.Annotations.OfType<HealthCheckAnnotation>(), _ => true);
            var environment = await ComposedModel.EnvironmentOf(service);
            Assert.Equal($"http://127.0.0.1:{port}", environment["Urls"]);
        }
        // Without daprd and on the default SQLite store nothing else runs.
        Assert.Empty(model.Executables());
    }

    [Fact]
    public async Task Ports_settings_move_a_service()
    {
        await using var model = await ComposedModel.BuildAsync("--Ports:upload-api=6080", "--Ports:document-workflow=0");

        Assert.Equal(6080, model.Resource<ProjectResource>(AppIds.UploadApi).Annotations.OfType<EndpointAnnotation>().Single().Port);
        Assert.Null(model.Resource<ProjectResource>(AppIds.DocumentWorkflow).Annotations.OfType<EndpointAnnotation>().Single().Port);
    }

    [Fact]
    public async Task Each_service_is_told_where_what_it_calls_listens()
    {
        await using var model = await ComposedModel.BuildAsync();

        var uploadApi = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.UploadApi));
        Assert.Equal("http://127.0.0.1:5090", uploadApi["services__document-workflow__http__0"]);
        Assert.Equal("http://127.0.0.1:5101", uploadApi["services__provider-lighthouse__http__0"]);
        Assert.Equal("http://127.0.0.1:5102", uploadApi["services__provider-champva__http__0"]);
        var providerLighthouse = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.ProviderLighthouse));
        Assert.Equal("http://127.0.0.1:5201", providerLighthouse["services__lighthouse-sim__http__0"]);
        var workflow = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.DocumentWorkflow));
        Assert.Equal("http://127.0.0.1:5203", workflow["services__notify-sim__http__0"]);
        Assert.Equal("Development", uploadApi["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public async Task Every_service_gets_this_runs_generated_keys_and_the_simulator_the_public_half_of_the_providers_pair()
    {
        await using var model = await ComposedModel.BuildAsync();

        var environments = new List<Dictionary<string, string>>();
        foreach (var (name, _) in ComposedModel.Services) environments.Add(await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(name)));
        var authKey = environments[0]["Auth__SigningKey"];
        var serviceKey = environments[0]["ServiceAuth__SigningKey"];
        Assert.True(authKey.Length >= 64);
        Assert.NotEqual(authKey, serviceKey);
        Assert.All(environments, e => Assert.Equal(authKey, e["Auth__SigningKey"]));
        Assert.All(environments, e => Assert.Equal(serviceKey, e["ServiceAuth__SigningKey"]));

        using var privateKey = System.Security.Cryptography.RSA.Create();
        privateKey.ImportFromPem(environments[2]["Lighthouse__ClientAssertionKey"]);
        using var publicKey = System.Security.Cryptography.RSA.Create();
        publicKey.ImportFromPem(environments[0]["LighthouseSim__ClientPublicKey"]);
        var signature = privateKey.SignData("assertion"u8.ToArray(), System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        Assert.True(publicKey.VerifyData("assertion"u8.ToArray(), signature, System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1));

        await using var another = await ComposedModel.BuildAsync();
        Assert.NotEqual(authKey, (await ComposedModel.EnvironmentOf(another.Resource<ProjectResource>(AppIds.UploadApi)))["Auth__SigningKey"]);
    }

    [Fact]
    public async Task A_key_given_to_the_AppHost_is_the_one_the_services_get_and_settings_are_handed_on()
    {
        await using var model = await ComposedModel.BuildAsync("--ServiceAuth:SigningKey=given-service-key-0123456789-0123456789", "--Polling:Interval=00:00:05");

        var workflow = await ComposedModel.EnvironmentOf(model.Resource<ProjectResource>(AppIds.DocumentWorkflow));
        Assert.Equal("given-service-key-0123456789-0123456789", workflow["ServiceAuth__SigningKey"]);
        Assert.Equal("00:00:05", workflow["Polling__Interval"]);
    }
}
