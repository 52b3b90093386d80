using System.Globalization;
using System.Security.Cryptography;
using DocumentUploads.LighthouseSim;
using DocumentUploads.ProviderContract.Tests.Infrastructure;
using DocumentUploads.ProviderLighthouse;
using Microsoft.AspNetCore.Builder;

namespace DocumentUploads.ProviderContract.Tests.Lighthouse;

/// <summary>provider-lighthouse in front of lighthouse-sim, with a client key pair of its own so
/// the simulator checks the client-credentials assertion as Lighthouse does.</summary>
public sealed class LighthouseStack : ProviderStack
{
    private const string UploadRoute = LighthouseSimApp.DocumentsBasePath + "/documents";
    private readonly RSA _clientKey = RSA.Create(2048);

    public override int SimulatorUploadsReceived => SimulatorRequests.Count("POST", UploadRoute);

    protected override Task<RunningApp> StartSimulatorAsync(Action<WebApplication> countRequests) =>
        RunningApp.StartAsync(args => LighthouseSimApp.Build(args, SimulatorClock), countRequests,
            $"--LighthouseSim:StepDuration={StepDuration.ToString("c", CultureInfo.InvariantCulture)}",
            $"--LighthouseSim:ClientPublicKey={_clientKey.ExportSubjectPublicKeyInfoPem()}");

    protected override Task<RunningApp> StartProviderAsync(Uri simulatorAddress) =>
        RunningApp.StartAsync(ProviderLighthouseApp.Build, beforeStart: null,
        [
            .. ProviderServiceArgs,
            $"--Lighthouse:BaseUrl={simulatorAddress}",
            $"--Lighthouse:ClientAssertionKey={_clientKey.ExportPkcs8PrivateKeyPem()}",
        ]);

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _clientKey.Dispose();
    }
}
