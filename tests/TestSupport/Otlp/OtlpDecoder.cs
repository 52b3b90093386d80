using System.Globalization;

namespace DocumentUploads.TestSupport.Otlp;

/// <summary>Reads the OTLP export requests (opentelemetry/proto collector v1) by hand: only the
/// fields tests look at; every other field is skipped, so newer exporters still decode.</summary>
public static class OtlpDecoder
{
    /// <summary>ExportTraceServiceRequest: resource_spans(1) { resource(1), scope_spans(2) { scope(1), spans(2) } }.</summary>
    public static IReadOnlyList<ReceivedSpan> DecodeTraces(ReadOnlySpan<byte> request)
    {
        var spans = new List<ReceivedSpan>();
        var reader = new ProtoReader(request);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2) ReadResourceSpans(reader.ReadBytes(), spans);
            else reader.Skip();
        }
        return spans;
    }

    /// <summary>ExportMetricsServiceRequest: resource_metrics(1) { resource(1), scope_metrics(2) { scope(1), metrics(2) } }.</summary>
    public static IReadOnlyList<ReceivedMetric> DecodeMetrics(ReadOnlySpan<byte> request)
    {
        var metrics = new List<ReceivedMetric>();
        var reader = new ProtoReader(request);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2) ReadResourceMetrics(reader.ReadBytes(), metrics);
            else reader.Skip();
        }
        return metrics;
    }

    /// <summary>ExportLogsServiceRequest: resource_logs(1) { resource(1), scope_logs(2) { log_records(2) } }; the
    /// number of records per service.</summary>
    public static IReadOnlyList<(string Service, int Records)> DecodeLogs(ReadOnlySpan<byte> request)
    {
        var result = new List<(string, int)>();
        var reader = new ProtoReader(request);
        while (reader.Next())
        {
            if (reader.FieldNumber != 1 || reader.WireType != 2)
            {
                reader.Skip();
                continue;
            }
            var resourceLogs = new ProtoReader(reader.ReadBytes());
            string service = "";
            var records = 0;
            while (resourceLogs.Next())
            {
                if (resourceLogs.FieldNumber == 1 && resourceLogs.WireType == 2) service = ServiceName(resourceLogs.ReadBytes());
                else if (resourceLogs.FieldNumber == 2 && resourceLogs.WireType == 2) records += CountField(resourceLogs.ReadBytes(), 2);
                else resourceLogs.Skip();
            }
            result.Add((service, records));
        }
        return result;
    }

    private static void ReadResourceSpans(ReadOnlySpan<byte> message, List<ReceivedSpan> spans)
    {
        var service = ResourceServiceName(message);
        foreach (var (scope, span) in ScopeItems(message)) spans.Add(ReadSpan(span, service, scope));
    }

    /// <summary>The items (spans, metrics) of every scope of one resource, with the scope's name: ResourceSpans and
    /// ResourceMetrics share the shape resource(1), scope_x(2) { scope(1), items(2) }.</summary>
    private static List<(string Scope, byte[] Item)> ScopeItems(ReadOnlySpan<byte> resource)
    {
        var items = new List<(string, byte[])>();
        var reader = new ProtoReader(resource);
        while (reader.Next())
        {
            if (reader.FieldNumber != 2 || reader.WireType != 2)
            {
                reader.Skip();
                continue;
            }
            var scopeItems = new ProtoReader(reader.ReadBytes());
            var scope = "";
            var pending = new List<byte[]>();
            while (scopeItems.Next())
            {
                // The scope may come after its items on the wire: name them once the scope is read.
                if (scopeItems.FieldNumber == 1 && scopeItems.WireType == 2) scope = ScopeName(scopeItems.ReadBytes());
                else if (scopeItems.FieldNumber == 2 && scopeItems.WireType == 2) pending.Add(scopeItems.ReadBytes().ToArray());
                else scopeItems.Skip();
            }
            items.AddRange(pending.Select(item => (scope, item)));
        }
        return items;
    }

    /// <summary>Span: trace_id(1) span_id(2) parent_span_id(4) name(5) kind(6) attributes(9) links(13).</summary>
    private static ReceivedSpan ReadSpan(ReadOnlySpan<byte> message, string service, string scope)
    {
        string traceId = "", spanId = "", parentSpanId = "", name = "";
        var kind = 0;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = new List<string>();
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.FieldNumber, reader.WireType)
            {
                case (1, 2): traceId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (2, 2): spanId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (4, 2): parentSpanId = Convert.ToHexStringLower(reader.ReadBytes()); break;
                case (5, 2): name = reader.ReadString(); break;
                case (6, 0): kind = (int)reader.ReadVarint(); break;
                case (9, 2): AddAttribute(reader.ReadBytes(), attributes); break;
                case (13, 2): links.Add(LinkTraceId(reader.ReadBytes())); break;
                default: reader.Skip(); break;
            }
        }
        return new ReceivedSpan(service, scope, traceId, spanId, parentSpanId, name, kind, attributes, links);
    }

    private static string LinkTraceId(ReadOnlySpan<byte> link)
    {
        var reader = new ProtoReader(link);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2) return Convert.ToHexStringLower(reader.ReadBytes());
            reader.Skip();
        }
        return "";
    }

    private static void ReadResourceMetrics(ReadOnlySpan<byte> message, List<ReceivedMetric> metrics)
    {
        var service = ResourceServiceName(message);
        foreach (var (scope, metric) in ScopeItems(message)) metrics.Add(ReadMetric(metric, service, scope));
    }

    /// <summary>Metric: name(1) unit(3) and one of gauge(5) sum(7) histogram(9) exponential_histogram(10) summary(11),
    /// each holding data_points(1) whose attributes are field 7 (number points) or 9 (histogram points).</summary>
    private static ReceivedMetric ReadMetric(ReadOnlySpan<byte> message, string service, string scope)
    {
        string name = "", unit = "", kind = "";
        var points = new List<IReadOnlyDictionary<string, string>>();
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            switch (reader.FieldNumber, reader.WireType)
            {
                case (1, 2): name = reader.ReadString(); break;
                case (3, 2): unit = reader.ReadString(); break;
                case (5, 2): kind = "gauge"; ReadPoints(reader.ReadBytes(), 7, points); break;
                case (7, 2): kind = "sum"; ReadPoints(reader.ReadBytes(), 7, points); break;
                case (9, 2): kind = "histogram"; ReadPoints(reader.ReadBytes(), 9, points); break;
                case (10, 2): kind = "exponential_histogram"; ReadPoints(reader.ReadBytes(), 1, points); break;
                case (11, 2): kind = "summary"; ReadPoints(reader.ReadBytes(), 7, points); break;
                default: reader.Skip(); break;
            }
        }
        return new ReceivedMetric(service, scope, name, unit, kind, points);
    }

    private static void ReadPoints(ReadOnlySpan<byte> data, int attributesField, List<IReadOnlyDictionary<string, string>> points)
    {
        var reader = new ProtoReader(data);
        while (reader.Next())
        {
            if (reader.FieldNumber != 1 || reader.WireType != 2)
            {
                reader.Skip();
                continue;
            }
            var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
            var point = new ProtoReader(reader.ReadBytes());
            while (point.Next())
            {
                if (point.FieldNumber == attributesField && point.WireType == 2) AddAttribute(point.ReadBytes(), attributes);
                else point.Skip();
            }
            points.Add(attributes);
        }
    }

    private static string ResourceServiceName(ReadOnlySpan<byte> resourceSignal)
    {
        var reader = new ProtoReader(resourceSignal);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2) return ServiceName(reader.ReadBytes());
            reader.Skip();
        }
        return "";
    }

    /// <summary>Resource: attributes(1); the value of <c>service.name</c>.</summary>
    private static string ServiceName(ReadOnlySpan<byte> resource)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ProtoReader(resource);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2) AddAttribute(reader.ReadBytes(), attributes);
            else reader.Skip();
        }
        return attributes.GetValueOrDefault("service.name", "");
    }

    /// <summary>InstrumentationScope: name(1).</summary>
    private static string ScopeName(ReadOnlySpan<byte> scope)
    {
        var reader = new ProtoReader(scope);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2) return reader.ReadString();
            reader.Skip();
        }
        return "";
    }

    /// <summary>KeyValue: key(1) value(2); AnyValue: string(1) bool(2) int(3) double(4), others as "?".</summary>
    private static void AddAttribute(ReadOnlySpan<byte> keyValue, Dictionary<string, string> attributes)
    {
        string key = "", value = "?";
        var reader = new ProtoReader(keyValue);
        while (reader.Next())
        {
            if (reader.FieldNumber == 1 && reader.WireType == 2)
            {
                key = reader.ReadString();
            }
            else if (reader.FieldNumber == 2 && reader.WireType == 2)
            {
                var any = new ProtoReader(reader.ReadBytes());
                while (any.Next())
                {
                    value = (any.FieldNumber, any.WireType) switch
                    {
                        (1, 2) => any.ReadString(),
                        (2, 0) => any.ReadVarint() != 0 ? "true" : "false",
                        (3, 0) => ((long)any.ReadVarint()).ToString(CultureInfo.InvariantCulture),
                        (4, 1) => BitConverter.UInt64BitsToDouble(any.ReadFixed64()).ToString(CultureInfo.InvariantCulture),
                        _ => SkipAndMark(ref any),
                    };
                }
            }
            else
            {
                reader.Skip();
            }
        }
        attributes[key] = value;
    }

    private static string SkipAndMark(ref ProtoReader reader)
    {
        reader.Skip();
        return "?";
    }

    private static int CountField(ReadOnlySpan<byte> message, int field)
    {
        var count = 0;
        var reader = new ProtoReader(message);
        while (reader.Next())
        {
            if (reader.FieldNumber == field) count++;
            reader.Skip();
        }
        return count;
    }
}
