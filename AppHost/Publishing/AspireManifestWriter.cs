using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocumentUploads.AppHost.Dapr;
using DocumentUploads.AppHost.Hosting;
using DocumentUploads.AppHost.Orchestration;

namespace DocumentUploads.AppHost.Publishing;

/// <summary>Writes the composition as Aspire's manifest (aspire-8.0 schema), the file deployment
/// tools (Aspir8, azd) read. Same input, same bytes: resources in composition order, 2-space
/// indentation, "\n" line ends, trailing newline, paths relative to the manifest with '/'.</summary>
public static class AspireManifestWriter
{
    public const string SchemaUrl = "https://json.schemastore.org/aspire-8.0.json";

    public static void WriteFile(DistributedApplicationBuilder builder, string manifestPath) =>
        File.WriteAllText(manifestPath, Write(builder, manifestPath), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    public static string Write(DistributedApplicationBuilder builder, string manifestPath)
    {
        var manifestFolder = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var daprResources = builder.LoadDaprResources();
        string Relative(string path) => Path.GetRelativePath(manifestFolder, path).Replace('\\', '/');

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions
               {
                   Indented = true,
                   NewLine = "\n",
                   Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
               }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUrl);
            json.WriteStartObject("resources");

            foreach (var component in daprResources?.Components ?? [])
            {
                WriteComponent(json, component, Relative(component.FilePath));
            }
            foreach (var secret in builder.Projects.SelectMany(p => p.Secrets).Select(s => s.Secret).Distinct().Order())
            {
                WriteSecretParameter(json, secret);
            }
            foreach (var project in builder.Projects)
            {
                WriteProject(json, project, Relative(project.ProjectPath));
                if (project.HasDaprSidecar) WriteSidecar(json, project, daprResources);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteComponent(Utf8JsonWriter json, DaprComponentFile component, string localPath)
    {
        json.WriteStartObject(component.Name);
        json.WriteString("type", "dapr.component.v0");
        json.WriteStartObject("daprComponent");
        json.WriteString("type", component.BuildingBlock);
        json.WriteString("localPath", localPath);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteSecretParameter(Utf8JsonWriter json, Secrets.GeneratedSecret secret)
    {
        var name = SecretParameters.NameOf(secret);
        json.WriteStartObject(name);
        json.WriteString("type", "parameter.v0");
        json.WriteString("value", $"{{{name}.inputs.value}}");
        json.WriteStartObject("inputs");
        json.WriteStartObject("value");
        json.WriteString("type", "string");
        if (SecretParameters.IsSecret(secret)) json.WriteBoolean("secret", true);
        if (SecretParameters.GeneratedMinLength(secret) is { } minLength)
        {
            json.WriteStartObject("default");
            json.WriteStartObject("generate");
            json.WriteNumber("minLength", minLength);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProject(Utf8JsonWriter json, ProjectResource project, string path)
    {
        json.WriteStartObject(project.Name);
        json.WriteString("type", "project.v0");
        json.WriteString("path", path);

        // No ASPNETCORE_URLS: the deployment decides where a service listens.
        json.WriteStartObject("env");
        foreach (var (name, value) in ChildEnvironment.AspireOtelDefaults) json.WriteString(name, value);
        foreach (var reference in project.References)
        {
            json.WriteString(ChildEnvironment.ServiceDiscoveryVariable(reference.Name), $"{{{reference.Name}.bindings.http.url}}");
        }
        foreach (var secret in project.Secrets)
        {
            json.WriteString(secret.VariableName, $"{{{SecretParameters.NameOf(secret.Secret)}.value}}");
        }
        foreach (var (name, value) in project.Environment) json.WriteString(name, value);
        json.WriteEndObject();

        json.WriteStartObject("bindings");
        json.WriteStartObject("http");
        json.WriteString("scheme", "http");
        json.WriteString("protocol", "tcp");
        json.WriteString("transport", "http");
        if (project.HasExternalHttpEndpoints) json.WriteBoolean("external", true);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void WriteSidecar(Utf8JsonWriter json, ProjectResource project, DaprResources? resources)
    {
        json.WriteStartObject(project.Name + DaprSidecarPlanner.SidecarSuffix);
        json.WriteString("type", "dapr.v0");
        json.WriteStartObject("dapr");
        json.WriteString("application", project.Name);
        json.WriteString("appId", project.Name);
        json.WriteStartArray("components");
        foreach (var component in resources?.ComponentNamesFor(project.Name) ?? []) json.WriteStringValue(component);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
