using Microsoft.AspNetCore.Http.Features;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

/// <summary>Kestrel's body size limit, as it is before the body is read (30 MB, still writable).</summary>
public sealed class WritableBodySizeLimit : IHttpMaxRequestBodySizeFeature
{
    public bool IsReadOnly => false;

    public long? MaxRequestBodySize { get; set; } = 30_000_000;
}
