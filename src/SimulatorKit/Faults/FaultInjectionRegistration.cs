using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>Wires fault injection into a simulator from its own configuration section.</summary>
public static class FaultInjectionRegistration
{
    /// <summary>Reads <c>{simulatorSection}:Faults</c>, refuses unusable settings at start-up (a typo
    /// should stop the sim, not silently inject nothing), and registers the injector, its rate limiter
    /// and the simulator's <paramref name="responses"/>. Returns the start-up settings, for logging.</summary>
    public static FaultSettings AddFaultInjection(this IHostApplicationBuilder builder, string simulatorSection,
        IFaultResponses responses)
    {
        var section = builder.Configuration.GetSection(simulatorSection).GetSection("Faults");
        var faults = section.Get<FaultSettings>() ?? new FaultSettings();
        if (faults.Problem() is { } problem) throw new InvalidOperationException($"{simulatorSection}:Faults: {problem}");
        // Faults:Seed makes the rate-based faults repeat from run to run.
        var random = section.GetValue<int?>("Seed") is { } seed ? new Random(seed) : new Random();

        builder.Services.AddSingleton(responses);
        builder.Services.AddSingleton<RequestRateLimiter>();
        builder.Services.AddSingleton(sp => new FaultInjector(faults, random, sp.GetRequiredService<RequestRateLimiter>()));
        return faults;
    }
}
