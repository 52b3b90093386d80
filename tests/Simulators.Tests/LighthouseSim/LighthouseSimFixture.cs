using System.Security.Cryptography;
using DocumentUploads.LighthouseSim;
using DocumentUploads.Simulators.Tests.Infrastructure;

namespace DocumentUploads.Simulators.Tests.LighthouseSim;

/// <summary>A lighthouse-sim that checks assertion signatures against a test key, with 200 ms
/// steps and a 4 KB file limit (so "too large" needs no big body).</summary>
public class LighthouseSimFixture : IAsyncLifetime
{
    public const string ClientId = "simulators-tests";
    public const int MaxFileBytes = 4096;
    public static readonly TimeSpan StepDuration = TimeSpan.FromMilliseconds(200);

    public RSA ClientKey { get; } = RSA.Create(2048);

    /// <summary>The simulator's clock: tests that check each step stop it and advance it.</summary>
    public StoppableClock Clock { get; } = new();

    public RunningApp Sim { get; private set; } = null!;

    public LighthouseTestClient Lighthouse { get; private set; } = null!;

    protected virtual IEnumerable<string> Args =>
    [
        $"--LighthouseSim:ClientId={ClientId}",
        $"--LighthouseSim:ClientPublicKey={ClientKey.ExportSubjectPublicKeyInfoPem()}",
        $"--LighthouseSim:StepDuration={StepDuration}",
        $"--LighthouseSim:MaxFileBytes={MaxFileBytes}",
    ];

    public async Task InitializeAsync()
    {
        Sim = await RunningApp.StartAsync(args => LighthouseSimApp.Build(args, Clock), [.. Args]);
        Lighthouse = new LighthouseTestClient(Sim, ClientKey, ClientId);
    }

    public async Task DisposeAsync()
    {
        await Sim.DisposeAsync();
        ClientKey.Dispose();
    }
}
