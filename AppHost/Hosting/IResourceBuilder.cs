namespace DocumentUploads.AppHost.Hosting;

/// <summary>What <c>AddProject</c> returns, so calls chain the way they do in Aspire.</summary>
public interface IResourceBuilder<out T>
{
    DistributedApplicationBuilder ApplicationBuilder { get; }

    T Resource { get; }
}
