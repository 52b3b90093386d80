using System.Text.Json;

namespace DocumentUploads.UploadApi.Validation;

/// <summary>The optional tracked_item_ids field: absent or blank means none; otherwise it must be a JSON
/// array whose every element is a whole number (so "null", "[1.5]" and "[\"1\"]" are refused).</summary>
public static class TrackedItemIdsRules
{
    public static RuleOutcome<IReadOnlyList<long>> Check(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw)) return RuleOutcome<IReadOnlyList<long>>.Pass([]);
        try
        {
            using var json = JsonDocument.Parse(raw);
            if (json.RootElement.ValueKind != JsonValueKind.Array) return UploadRejections.InvalidTrackedItemIds;
            var ids = new List<long>(json.RootElement.GetArrayLength());
            foreach (var element in json.RootElement.EnumerateArray())
            {
                if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt64(out var id))
                {
                    return UploadRejections.InvalidTrackedItemIds;
                }
                ids.Add(id);
            }
            return RuleOutcome<IReadOnlyList<long>>.Pass(ids);
        }
        catch (JsonException)
        {
            return UploadRejections.InvalidTrackedItemIds;
        }
    }
}
