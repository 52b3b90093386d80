using System.Globalization;
using DocumentUploads.ChampvaSim;
using DocumentUploads.ProviderChampva;
using DocumentUploads.ProviderContract.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace DocumentUploads.ProviderContract.Tests.Champva;

/// <summary>provider-champva in front of champva-sim.</summary>
public sealed class ChampvaStack : ProviderStack
{
    private const string UploadRoute = ChampvaSimApp.ApiBasePath + "/intake";

    public override int SimulatorUploadsReceived => SimulatorRequests.Count("POST", UploadRoute);

    protected override Task<RunningApp> StartSimulatorAsync(Action<WebApplication> countRequests) =>
        RunningApp.StartAsync(args => ChampvaSimApp.Build(args, SimulatorClock), countRequests,
            $"--ChampvaSim:StepDuration={StepDuration.ToString("c", CultureInfo.InvariantCulture)}");

    protected override Task<RunningApp> StartProviderAsync(Uri simulatorAddress) =>
        RunningApp.StartAsync(ProviderChampvaApp.Build, beforeStart: null,
            [.. ProviderServiceArgs, $"--Champva:BaseUrl={simulatorAddress}"]);
}
