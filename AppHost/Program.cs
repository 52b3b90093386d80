using DocumentUploads.AppHost;
using DocumentUploads.AppHost.Hosting;

// Runs the system composed in DocumentUploadsComposition (or, with --publisher manifest
// --output-path PATH, writes it as aspire-manifest.json).
var builder = DistributedApplication.CreateBuilder(args);
DocumentUploadsComposition.Compose(builder);
return await builder.Build().RunAsync();
