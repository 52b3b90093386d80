using System.Globalization;
using DocumentUploads.ServiceDefaults;

namespace DocumentUploads.AppHost.Tests.Composition;

/// <summary>The AppHost's application model in run mode, built by its own entry point (nothing is
/// started), with every endpoint given a port as DCP would, so arguments and environment can be read.</summary>
internal sealed class ComposedModel : IAsyncDisposable
{
    private int _nextPort = 41000;

    private ComposedModel(IDistributedApplicationTestingBuilder builder) => Builder = builder;

    public IDistributedApplicationTestingBuilder Builder { get; }

    public static async Task<ComposedModel> BuildAsync(params string[] args)
    {
        // The machine's clamd, if any, is left out unless a test asks for it: the model must not depend on what is installed.
        var builder = await DistributedApplicationTestingBuilder.CreateAsync(typeof(DocumentUploadsComposition), ["--Clamav:Enabled=false", .. args]);
        var model = new ComposedModel(builder);
        foreach (var endpoint in builder.Resources.SelectMany(r => r.Annotations.OfType<EndpointAnnotation>()))
        {
            endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, "127.0.0.1", endpoint.Port ?? model._nextPort++);
        }
        return model;
    }

    /// <summary>The executables the composition adds (not Aspire's own hidden project rebuilders).</summary>
    public IEnumerable<ExecutableResource> Executables() => Builder.Resources.OfType<ExecutableResource>().Where(e => e.GetType() == typeof(ExecutableResource));

    public ValueTask DisposeAsync() => Builder.DisposeAsync();

    public T Resource<T>(string name) where T : IResource => Builder.Resources.OfType<T>().Single(r => r.Name == name);

    public int AllocatedPort(IResource resource, string endpoint = "http") =>
        resource.Annotations.OfType<EndpointAnnotation>().Single(e => e.Name == endpoint).AllocatedEndpoint!.Port;

    public static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    // The older evaluation helpers are marked obsolete in favour of ExecutionConfigurationBuilder; they still
    // evaluate exactly what DCP is given, which is all these tests need.
#pragma warning disable CS0618
    public static async Task<Dictionary<string, string>> EnvironmentOf(IResource resource) =>
        new(await ((IResourceWithEnvironment)resource).GetEnvironmentVariableValuesAsync(DistributedApplicationOperation.Run));

    public static async Task<string[]> ArgumentsOf(IResource resource) =>
        await ((IResourceWithArgs)resource).GetArgumentValuesAsync(DistributedApplicationOperation.Run);
#pragma warning restore CS0618

    public static readonly (string Name, int Port)[] Services =
    [
        (AppIds.LighthouseSim, 5201), (AppIds.ChampvaSim, 5202), (AppIds.ProviderLighthouse, 5101),
        (AppIds.ProviderChampva, 5102), (AppIds.DocumentWorkflow, 5090), (AppIds.UploadApi, 5080), (AppIds.NotifySim, 5203),
    ];
}
