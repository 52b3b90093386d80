using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.SimulatorKit.Hosting;

/// <summary>The start every simulator's <c>Build(args, time)</c> shares; each then adds the
/// service defaults and its own API.</summary>
public static class SimulatorBuilder
{
    /// <param name="simulator">A type of the simulator's assembly: the application is named after it,
    /// not after the entry assembly (a test host in tests).</param>
    /// <param name="time">The simulator's clock, registered before the service defaults, which only add
    /// the system clock when none is.</param>
    public static WebApplicationBuilder Create(string[] args, Type simulator, TimeProvider time)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = simulator.Assembly.GetName().Name,
        });
        builder.Services.AddSingleton(time);
        return builder;
    }
}
