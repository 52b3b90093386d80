namespace DocumentUploads.TestSupport.Otlp;

/// <summary>One metric of one export: its name, unit, kind (gauge, sum, histogram...) and the
/// attributes of each data point.</summary>
public sealed record ReceivedMetric(
    string Service,
    string Scope,
    string Name,
    string Unit,
    string Kind,
    IReadOnlyList<IReadOnlyDictionary<string, string>> DataPoints);
