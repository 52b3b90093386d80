using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocumentUploads.AppHost.Dapr;

/// <summary>Reads Dapr resource YAML into <see cref="DaprComponentFile"/> records, failing with the
/// file name and the problem rather than a bare YAML exception.</summary>
public static class DaprComponentFileParser
{
    /// <summary>Every <c>*.yaml</c>/<c>*.yml</c> file in the folder, ordered by file name so the
    /// manifest and sidecar arguments come out the same on every machine.</summary>
    public static IReadOnlyList<DaprComponentFile> ParseDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DaprComponentFileException(directory, "the Dapr resources folder does not exist.");
        }
        return Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(ParseFile)
            .ToList();
    }

    public static DaprComponentFile ParseFile(string filePath) => Parse(File.ReadAllText(filePath), Path.GetFullPath(filePath));

    public static DaprComponentFile Parse(string yaml, string filePath)
    {
        var root = LoadSingleDocument(yaml, filePath);

        var apiVersion = RequiredScalar(root, filePath, "apiVersion");
        if (!apiVersion.StartsWith("dapr.io/", StringComparison.Ordinal))
        {
            throw new DaprComponentFileException(filePath, $"apiVersion '{apiVersion}' is not a dapr.io API version.");
        }
        var kind = RequiredScalar(root, filePath, "kind");
        var metadata = Child(root, "metadata") as YamlMappingNode
            ?? throw new DaprComponentFileException(filePath, "missing 'metadata' mapping.");
        var name = RequiredScalar(metadata, filePath, "name", "metadata.name");

        var specNode = Child(root, "spec");
        if (specNode is not null and not YamlMappingNode)
        {
            throw new DaprComponentFileException(filePath, "'spec' must be a mapping.");
        }
        var spec = specNode is YamlMappingNode specMap ? ToMap(specMap) : new OrderedDictionary<string, object?>();

        string? type = null, version = null;
        IReadOnlyList<DaprMetadataItem> items = [];
        if (kind == DaprResourceKinds.Component)
        {
            var componentSpec = specNode as YamlMappingNode
                ?? throw new DaprComponentFileException(filePath, "a Component needs a 'spec' with 'type' and 'version'.");
            type = RequiredScalar(componentSpec, filePath, "type", "spec.type");
            version = RequiredScalar(componentSpec, filePath, "version", "spec.version");
            items = ReadMetadataItems(componentSpec, filePath);
        }

        var secretStore = Child(root, "auth") is YamlMappingNode auth ? (Child(auth, "secretStore") as YamlScalarNode)?.Value : null;
        return new DaprComponentFile(filePath, kind, name, type, version, items, ReadScopes(root, filePath), secretStore, spec);
    }

    private static YamlMappingNode LoadSingleDocument(string yaml, string filePath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DaprComponentFileException(filePath,
                $"invalid YAML at line {e.Start.Line}, column {e.Start.Column}: {(e.InnerException ?? e).Message}", e);
        }
        if (stream.Documents.Count != 1)
        {
            throw new DaprComponentFileException(filePath, $"expected exactly one YAML document, found {stream.Documents.Count}.");
        }
        return stream.Documents[0].RootNode as YamlMappingNode
            ?? throw new DaprComponentFileException(filePath, "the document is not a YAML mapping.");
    }

    private static IReadOnlyList<DaprMetadataItem> ReadMetadataItems(YamlMappingNode spec, string filePath)
    {
        var node = Child(spec, "metadata");
        if (node is null) return [];
        if (node is not YamlSequenceNode sequence)
        {
            throw new DaprComponentFileException(filePath, "'spec.metadata' must be a list of name/value entries.");
        }

        var items = new List<DaprMetadataItem>();
        foreach (var entry in sequence)
        {
            if (entry is not YamlMappingNode map)
            {
                throw new DaprComponentFileException(filePath, $"spec.metadata entry at line {entry.Start.Line} is not a mapping.");
            }
            var name = RequiredScalar(map, filePath, "name", $"spec.metadata entry at line {entry.Start.Line}: name");
            var value = (Child(map, "value") as YamlScalarNode)?.Value;
            DaprSecretKeyRef? secretRef = null;
            if (Child(map, "secretKeyRef") is YamlMappingNode refMap)
            {
                var refName = RequiredScalar(refMap, filePath, "name", $"spec.metadata '{name}': secretKeyRef.name");
                var refKey = (Child(refMap, "key") as YamlScalarNode)?.Value ?? refName;
                secretRef = new DaprSecretKeyRef(refName, refKey);
            }
            if (value is null && secretRef is null)
            {
                throw new DaprComponentFileException(filePath, $"spec.metadata '{name}' has neither a value nor a secretKeyRef.");
            }
            items.Add(new DaprMetadataItem(name, value, secretRef));
        }
        return items;
    }

    private static IReadOnlyList<string> ReadScopes(YamlMappingNode root, string filePath) => Child(root, "scopes") switch
    {
        null => [],
        YamlSequenceNode sequence => sequence.Select(n => (n as YamlScalarNode)?.Value is { Length: > 0 } s
            ? s
            : throw new DaprComponentFileException(filePath, $"scopes entry at line {n.Start.Line} is not an app id.")).ToList(),
        _ => throw new DaprComponentFileException(filePath, "'scopes' must be a list of app ids."),
    };

    private static string RequiredScalar(YamlMappingNode map, string filePath, string key, string? displayName = null) =>
        (Child(map, key) as YamlScalarNode)?.Value is { Length: > 0 } value
            ? value
            : throw new DaprComponentFileException(filePath, $"missing '{displayName ?? key}'.");

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static OrderedDictionary<string, object?> ToMap(YamlMappingNode map)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            result[(key as YamlScalarNode)?.Value ?? key.ToString()] = ToValue(value);
        }
        return result;
    }

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlMappingNode map => ToMap(map),
        YamlSequenceNode sequence => sequence.Select(ToValue).ToList(),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
