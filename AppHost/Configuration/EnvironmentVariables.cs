using System.Collections;

namespace DocumentUploads.AppHost.Configuration;

/// <summary>The AppHost's own environment as a dictionary, read once where a decision needs it.</summary>
internal static class EnvironmentVariables
{
    public static IReadOnlyDictionary<string, string> OfThisProcess() =>
        Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
}
