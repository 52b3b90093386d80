using Microsoft.AspNetCore.Http.Features;
using DocumentUploads.ProviderLighthouse.Api;
using DocumentUploads.ProviderLighthouse.Lighthouse;
using DocumentUploads.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.Services.AddLighthouse(builder.Configuration);
// Lighthouse takes documents up to 150 MB; the framework defaults (30 MB body, 128 MB form) are lower.
const long maxRequestBytes = 151L * 1024 * 1024;
builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = maxRequestBytes);
builder.Services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = maxRequestBytes);

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapProviderApi();
app.Run();
