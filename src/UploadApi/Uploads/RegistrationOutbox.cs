using System.Text.Json;
using DocumentUploads.Contracts.Workflow;

namespace DocumentUploads.UploadApi.Uploads;

/// <summary>Registrations that document-workflow could not take when the provider had already
/// accepted the document. Each is one file (written atomically) until a retry succeeds, so a
/// workflow outage loses no accepted document.</summary>
public sealed class RegistrationOutbox
{
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
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(registration), cancellationToken);
        File.Move(temp, path, overwrite: true);
    }

    public IEnumerable<(string Path, RegisterDocumentRequest? Registration)> Pending() =>
        Directory.EnumerateFiles(_directory, "*.json").Select(path =>
        {
            try
            {
                return (path, JsonSerializer.Deserialize<RegisterDocumentRequest>(File.ReadAllText(path)));
            }
            catch (JsonException)
            {
                return (path, (RegisterDocumentRequest?)null);
            }
        });

    public static void Remove(string path) => File.Delete(path);
}
