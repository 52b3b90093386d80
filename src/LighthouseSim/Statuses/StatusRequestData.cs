using System.Text.Json.Serialization;

namespace DocumentUploads.LighthouseSim.Statuses;

/// <summary>Ids are numbers; strings of digits are accepted too.</summary>
public sealed record StatusRequestData(
    [property: JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] IReadOnlyList<long>? RequestIds);
