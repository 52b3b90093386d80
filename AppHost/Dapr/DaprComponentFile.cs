namespace DocumentUploads.AppHost.Dapr;

/// <summary>One Dapr resource file from components/: a component (state store, binding, secret
/// store), or a Resiliency or Configuration resource that sidecars load alongside them.</summary>
/// <param name="FilePath">Absolute path of the YAML file.</param>
/// <param name="Type">Component type such as <c>state.postgresql</c>; null for other kinds.</param>
/// <param name="SecretStore">The secret store <c>secretKeyRef</c> values come from (<c>auth.secretStore</c>).</param>
/// <param name="Spec">The whole <c>spec</c>: nested read-only dictionaries, lists and strings.</param>
public sealed record DaprComponentFile(
    string FilePath,
    string Kind,
    string Name,
    string? Type,
    string? Version,
    IReadOnlyList<DaprMetadataItem> Metadata,
    IReadOnlyList<string> Scopes,
    string? SecretStore,
    IReadOnlyDictionary<string, object?> Spec)
{
    public bool IsComponent => Kind == DaprResourceKinds.Component;

    /// <summary>The building block (<c>state</c>, <c>bindings</c>, ...): the part of the type before the first dot.</summary>
    public string? BuildingBlock => Type?.Split('.', 2)[0];

    /// <summary>Dapr loads an unscoped resource into every sidecar, a scoped one only into the named apps'.</summary>
    public bool AppliesTo(string appId) => Scopes.Count == 0 || Scopes.Contains(appId, StringComparer.Ordinal);

    public DaprMetadataItem? FindMetadata(string name) => Metadata.FirstOrDefault(m => m.Name == name);

    /// <summary>Walks <c>spec</c> by keys, e.g. <c>FindInSpec("tracing", "otel", "endpointAddress")</c>.</summary>
    public object? FindInSpec(params string[] path)
    {
        object? node = Spec;
        foreach (var key in path)
        {
            if (node is not IReadOnlyDictionary<string, object?> map || !map.TryGetValue(key, out node)) return null;
        }
        return node;
    }
}
