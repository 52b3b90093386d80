namespace DocumentUploads.TestSupport.Otlp;

/// <summary>One span as an OTLP exporter sent it. Ids are lower-case hex; a root span has an
/// empty <see cref="ParentSpanId"/>.</summary>
public sealed record ReceivedSpan(
    string Service,
    string Scope,
    string TraceId,
    string SpanId,
    string ParentSpanId,
    string Name,
    int Kind,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> LinkedTraceIds);
