using System.Text.Json.Serialization;
using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.Extensions.DependencyInjection;
using Refit;

namespace DocumentUploads.TestSupport;

/// <summary>Our own contracts' generated Refit clients over a stub handler, for tests of how a caller maps
/// another service's answers (its outcomes, metrics and logs) without starting that service.</summary>
public static class StubServiceClients
{
    public static TApi Over<TApi>(HttpMessageHandler handler, JsonSerializerContext json, string appId = "stub") where TApi : class =>
        RestService.ForGenerated<TApi>(new HttpClient(handler, disposeHandler: false) { BaseAddress = new Uri($"http://{appId}/") }, json,
            ServiceClientSettings.Create());

    /// <summary>One client per app id, all answered by <paramref name="handler"/>.</summary>
    public static ServiceClients<TApi> ByAppId<TApi>(HttpMessageHandler handler, JsonSerializerContext json, params string[] appIds)
        where TApi : class
    {
        var services = new ServiceCollection();
        foreach (var appId in appIds) services.AddKeyedSingleton(appId, Over<TApi>(handler, json, appId));
        return new ServiceClients<TApi>(services.BuildServiceProvider());
    }
}
