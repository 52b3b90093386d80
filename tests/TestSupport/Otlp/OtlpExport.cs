namespace DocumentUploads.TestSupport.Otlp;

/// <summary>One export request as received: over which protocol (<c>grpc</c> or
/// <c>http/protobuf</c>), which signal (<c>traces</c>, <c>metrics</c>, <c>logs</c>) and from which services.</summary>
public sealed record OtlpExport(string Protocol, string Signal, IReadOnlyList<string> Services);
