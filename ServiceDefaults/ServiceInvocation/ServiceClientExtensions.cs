using System.Text.Json.Serialization;
using Dapr.Client;
using DocumentUploads.ServiceAuth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Refit;

namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

public static class ServiceClientExtensions
{
    /// <summary>A source-generated Refit client of another of our services, registered under its app id (a keyed
    /// service, since one contract may be served by several apps). Its base address is <c>http://{appId}/</c>:
    /// with a Dapr sidecar the SDK's <see cref="InvocationHandler"/> turns that into the sidecar's service
    /// invocation route, otherwise service discovery resolves it. Every call carries the internal service token
    /// and goes through the standard resilience handler of <see cref="Extensions.AddServiceDefaults{TBuilder}"/>.</summary>
    public static IHttpClientBuilder AddServiceClient<TApi>(this IServiceCollection services, string appId,
        JsonSerializerContext json) where TApi : class
    {
        services.TryAddSingleton(typeof(ServiceClients<>));
        return services.AddKeyedRefitGeneratedClient<TApi>(appId, json, settingsAction: _ => ServiceClientSettings.Create(),
                httpClientName: appId, allowReflectionFallback: false)
            .AsServiceClient(appId);
    }

    /// <summary>Makes <paramref name="builder"/> a client of the app <paramref name="appId"/>; see
    /// <see cref="AddServiceClient{TApi}"/>.</summary>
    public static IHttpClientBuilder AsServiceClient(this IHttpClientBuilder builder, string appId) =>
        builder.ConfigureHttpClient(client => client.BaseAddress = new Uri($"http://{appId}/"))
            .AddHttpMessageHandler(sp => new ServiceTokenHandler(sp.GetRequiredService<ServiceTokenIssuer>()))
            .ConfigureAdditionalHttpMessageHandlers((handlers, sp) =>
            {
                if (DaprSidecar.FromConfiguration(sp.GetRequiredService<IConfiguration>()) is not { } sidecar) return;
                // Innermost, so each retry of the resilience handler is rewritten afresh (the SDK's handler
                // restores the app-id URL and drops the token after every attempt).
                handlers.Add(new InvocationHandler { DaprEndpoint = sidecar.HttpEndpoint.ToString() });
                if (sidecar.ApiToken is { } token) handlers.Add(new DaprApiTokenHandler(token));
            });
}
