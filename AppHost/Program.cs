using DocumentUploads.AppHost;

// The whole system is composed in DocumentUploadsComposition; Aspire runs it (dashboard included),
// or with --publisher manifest --output-path PATH writes it as aspire-manifest.json.
var builder = DistributedApplication.CreateBuilder(args);
builder.AddDocumentUploads(args);
builder.Build().Run();
