namespace DocumentUploads.AppHost.Dapr;

/// <summary>Gives a service its Dapr sidecar: in run mode a daprd executable resource beside it
/// (when daprd is found), in publish mode a <c>dapr.v0</c> manifest entry.</summary>
internal static class DaprSidecarResourceBuilderExtensions
{
    public const string SidecarSuffix = "-dapr";

    public static IResourceBuilder<ProjectResource> WithDaprSidecar(this IResourceBuilder<ProjectResource> app, DaprSetup dapr)
    {
        var builder = app.ApplicationBuilder;
        var appId = app.Resource.Name;
        if (dapr.IsPublishMode)
        {
            builder.AddResource(new DaprManifestEntryResource(appId + SidecarSuffix))
                .WithManifestPublishingCallback(context =>
                {
                    context.Writer.WriteString("type", "dapr.v0");
                    context.Writer.WriteStartObject("dapr");
                    context.Writer.WriteString("application", appId);
                    context.Writer.WriteString("appId", appId);
                    context.Writer.WriteStartArray("components");
                    foreach (var component in dapr.Resources.ComponentNamesFor(appId)) context.Writer.WriteStringValue(component);
                    context.Writer.WriteEndArray();
                    context.Writer.WriteEndObject();
                });
            return app;
        }
        if (dapr.DaprdPath is not { } daprd) return app;

        var tokens = DaprSidecarTokens.CreateRandom();
        var appPort = app.GetEndpoint("http").Property(EndpointProperty.Port);
        var sidecar = builder.AddExecutable(appId + SidecarSuffix, daprd, dapr.Resources.ResourcesPath)
            .WithEndpoint(name: "http", scheme: "http", isProxied: false)
            .WithEndpoint(name: "grpc", scheme: "http", isProxied: false)
            // A port of its own, so several sidecars on one machine do not all claim daprd's default 9090.
            .WithEndpoint(name: "metrics", scheme: "http", isProxied: false)
            .WithParentRelationship(app);
        var http = sidecar.GetEndpoint("http").Property(EndpointProperty.Port);
        var grpc = sidecar.GetEndpoint("grpc").Property(EndpointProperty.Port);
        var metrics = sidecar.GetEndpoint("metrics").Property(EndpointProperty.Port);
        sidecar.WithArgs(context =>
        {
            context.Args.Add("--app-id"); context.Args.Add(appId);
            context.Args.Add("--app-port"); context.Args.Add(appPort);
            context.Args.Add("--app-protocol"); context.Args.Add("http");
            context.Args.Add("--dapr-http-port"); context.Args.Add(http);
            context.Args.Add("--dapr-grpc-port"); context.Args.Add(grpc);
            context.Args.Add("--metrics-port"); context.Args.Add(metrics);
            context.Args.Add("--dapr-listen-addresses"); context.Args.Add("127.0.0.1");
            context.Args.Add("--resources-path"); context.Args.Add(dapr.Resources.ResourcesPath);
            if (dapr.Resources.ConfigurationFile is { } configuration)
            {
                context.Args.Add("--config"); context.Args.Add(configuration);
            }
            context.Args.Add("--log-level"); context.Args.Add("info");
        });

        // The app finds its sidecar by these ports and presents DAPR_API_TOKEN to it.
        sidecar.WithEnvironment("DAPR_API_TOKEN", tokens.DaprApiToken);
        app.WithEnvironment("DAPR_HTTP_PORT", http)
            .WithEnvironment("DAPR_GRPC_PORT", grpc)
            .WithEnvironment("DAPR_API_TOKEN", tokens.DaprApiToken);

        // APP_API_TOKEN makes an app refuse every caller but its sidecar; an app with external
        // endpoints (a browser calls upload-api directly) must not get it.
        var external = app.Resource.Annotations.OfType<EndpointAnnotation>().Any(e => e.IsExternal);
        if (!external)
        {
            sidecar.WithEnvironment("APP_API_TOKEN", tokens.AppApiToken);
            app.WithEnvironment("APP_API_TOKEN", tokens.AppApiToken);
        }
        return app;
    }
}
