using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.ServiceDefaults.ServiceInvocation;

/// <summary>The clients of one contract that several apps serve (each provider service serves the provider
/// contract), by app id, as <see cref="ServiceClientExtensions.AddServiceClient{TApi}"/> registered them.</summary>
public sealed class ServiceClients<TApi>(IServiceProvider services) where TApi : class
{
    /// <exception cref="InvalidOperationException">No client of <typeparamref name="TApi"/> was registered for the app.</exception>
    public TApi For(string appId) => services.GetRequiredKeyedService<TApi>(appId);
}
