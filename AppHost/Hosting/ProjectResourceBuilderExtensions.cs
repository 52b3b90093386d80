using DocumentUploads.AppHost.Secrets;

namespace DocumentUploads.AppHost.Hosting;

/// <summary>The Aspire-named verbs the composition uses to wire projects together.</summary>
public static class ProjectResourceBuilderExtensions
{
    /// <summary>This project calls <paramref name="source"/>: it gets <c>services__{name}__http__0</c>
    /// and starts only once <paramref name="source"/> is healthy (Aspire's WithReference + WaitFor).</summary>
    public static IResourceBuilder<ProjectResource> WithReference(this IResourceBuilder<ProjectResource> builder,
        IResourceBuilder<ProjectResource> source)
    {
        builder.Resource.AddReference(source.Resource);
        return builder;
    }

    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder,
        string name, string value)
    {
        builder.Resource.Environment[name] = value;
        return builder;
    }

    /// <summary>A secret made up fresh for each run (unless the AppHost's environment sets
    /// <paramref name="name"/>); in the manifest it is a secret parameter, never a value.</summary>
    public static IResourceBuilder<ProjectResource> WithEnvironment(this IResourceBuilder<ProjectResource> builder,
        string name, GeneratedSecret secret)
    {
        builder.Resource.AddSecret(new SecretAssignment(name, secret));
        return builder;
    }

    /// <summary>Reachable from outside (browsers): the manifest marks the binding external.</summary>
    public static IResourceBuilder<ProjectResource> WithExternalHttpEndpoints(this IResourceBuilder<ProjectResource> builder)
    {
        builder.Resource.HasExternalHttpEndpoints = true;
        return builder;
    }

    /// <summary>Runs a daprd next to the project when daprd is installed (CommunityToolkit's name for it).</summary>
    public static IResourceBuilder<ProjectResource> WithDaprSidecar(this IResourceBuilder<ProjectResource> builder)
    {
        builder.Resource.HasDaprSidecar = true;
        return builder;
    }
}
