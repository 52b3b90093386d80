using DocumentUploads.SimulatorKit.Faults;
using DocumentUploads.SimulatorKit.Uploads;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

/// <summary>The smallest simulator built from the kit alone: section <c>KitSim</c>, one status
/// route behind both fault filters, and recorded-upload views over <see cref="KitTestRecords"/>.</summary>
public static class KitTestApp
{
    public const string SectionName = "KitSim";
    public const string StatusRoute = "/status";
    public const string RecordsRoute = "/_sim/records";

    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddFaultInjection(SectionName, new KitTestFaultResponses());
        builder.Services.AddSingleton<KitTestRecords>();

        var app = builder.Build();
        app.MapFaultEndpoints<FaultSettings>();
        app.MapGet(StatusRoute, () => TypedResults.Ok(new { status = "fine" }))
            .AddEndpointFilter<RateLimitFilter<FaultSettings>>()
            .AddEndpointFilter<StatusFaultFilter>();
        app.MapRecordedUploadEndpoints<KitTestRecords, int, KitTestRecord>(RecordsRoute, "int", id =>
            Results.Text($"kit: no record {id}", statusCode: StatusCodes.Status404NotFound));
        return app;
    }
}
