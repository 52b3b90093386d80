using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Registrations that document-workflow could not take when the provider had already
/// accepted the document. Each is one file (written atomically) until a retry succeeds, so a
/// workflow outage loses no accepted document.</summary>
public sealed class RegistrationOutbox
{
    // Beside the registration's own properties; older files without it still read.
    private const string TraceParentProperty = "traceparent";

    private readonly string _directory;

    public RegistrationOutbox(IConfiguration configuration, IHostEnvironment environment)
    {
        _directory = Path.GetFullPath(configuration["Outbox:Directory"] ?? Path.Combine("data", "registration-outbox"),
            environment.ContentRootPath);
        Directory.CreateDirectory(_directory);
    }

    public async Task SaveAsync(RegisterDocumentRequest registration, CancellationToken cancellationToken)
    {
        var id = registration.Id ?? throw new ArgumentException("An outbox registration needs its tracking id.");
        var path = Path.Combine(_directory, $"{id}.json");
        var temp = path + ".tmp";
        var json = JsonSerializer.SerializeToNode(registration)!.AsObject();
        // The upload's trace context, so the replay, however much later, joins the upload's trace.
        if (Activity.Current is { IdFormat: ActivityIdFormat.W3C } current) json[TraceParentProperty] = current.Id;
        await File.WriteAllTextAsync(temp, json.ToJsonString(), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    public IEnumerable<OutboxEntry> Pending() =>
        Directory.EnumerateFiles(_directory, "*.json").Select(path =>
        {
            try
            {
                var json = JsonNode.Parse(File.ReadAllText(path));
                var traceParent = json?[TraceParentProperty] is JsonValue value && value.TryGetValue<string>(out var text)
                    ? text
                    : null;
                return new OutboxEntry(path, json.Deserialize<RegisterDocumentRequest>(), traceParent);
            }
            catch (JsonException)
            {
                return new OutboxEntry(path, null, null);
            }
        });

    /// <summary>The registration of document <paramref name="id"/> if it waits here, with when it was kept.</summary>
    public (RegisterDocumentRequest Registration, DateTimeOffset KeptAt)? Find(Guid id)
    {
        var path = Path.Combine(_directory, $"{id}.json");
        try
        {
            var registration = JsonSerializer.Deserialize<RegisterDocumentRequest>(File.ReadAllText(path));
            return registration is null ? null : (registration, File.GetLastWriteTimeUtc(path));
        }
        catch (Exception e) when (e is FileNotFoundException or JsonException)
        {
            return null; // not kept, or delivered (and deleted) while being read
        }
    }

    /// <summary>How many registrations wait, without reading them.</summary>
    public int Count() => Directory.EnumerateFiles(_directory, "*.json").Count();

    public static void Remove(string path) => File.Delete(path);
}
