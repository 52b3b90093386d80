using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DocumentUploads.ServiceDefaults.Hosting;

/// <summary>Puts the shared middleware first in every service's pipeline, so services need
/// no extra call and cannot get the order wrong.</summary>
internal sealed class ServiceDefaultsStartupFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.UseMiddleware<DaprAppTokenMiddleware>();
        next(app);
    };
}
