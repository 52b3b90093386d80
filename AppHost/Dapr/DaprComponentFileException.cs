namespace DocumentUploads.AppHost.Dapr;

/// <summary>A file in components/ that is not a valid Dapr resource; the message names the file.</summary>
public sealed class DaprComponentFileException(string filePath, string problem, Exception? inner = null)
    : Exception($"Dapr resource file '{filePath}': {problem}", inner)
{
    public string FilePath { get; } = filePath;
}
