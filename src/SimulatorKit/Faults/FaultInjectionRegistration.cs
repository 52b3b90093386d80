using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DocumentUploads.SimulatorKit.Faults;

/// <summary>Wires fault injection into a simulator from its own configuration section.</summary>
public static class FaultInjectionRegistration
{
    /// <summary>The document simulators' <see cref="FaultSettings"/>, with their status-fault answers.</summary>
    public static FaultSettings AddFaultInjection(this IHostApplicationBuilder builder, string simulatorSection,
        IFaultResponses responses)
    {
        builder.Services.AddSingleton(responses);
        return builder.AddFaultInjection<FaultSettings>(simulatorSection, responses);
    }

    /// <summary>Reads <c>{simulatorSection}:Faults</c> as <typeparamref name="TSettings"/>, refuses
    /// unusable settings at start-up (a typo should stop the sim, not silently inject nothing), and
    /// registers the injector, its rate limiter and the simulator's <paramref name="responses"/>.
    /// Returns the start-up settings, for logging.</summary>
    public static TSettings AddFaultInjection<TSettings>(this IHostApplicationBuilder builder, string simulatorSection,
        IFaultSettingsResponses responses) where TSettings : class, IFaultSettings, new()
    {
        var section = builder.Configuration.GetSection(simulatorSection).GetSection("Faults");
        var faults = section.Get<TSettings>() ?? new TSettings();
        if (faults.Problem() is { } problem) throw new InvalidOperationException($"{simulatorSection}:Faults: {problem}");
        // Faults:Seed makes the rate-based faults repeat from run to run.
        var random = section.GetValue<int?>("Seed") is { } seed ? new Random(seed) : new Random();

        builder.Services.AddSingleton(responses);
        builder.Services.AddSingleton<RequestRateLimiter>();
        builder.Services.AddSingleton(sp => new FaultInjector<TSettings>(faults, random, sp.GetRequiredService<RequestRateLimiter>()));
        return faults;
    }
}
