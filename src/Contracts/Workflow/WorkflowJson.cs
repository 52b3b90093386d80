using System.Text.Json;
using System.Text.Json.Serialization;
using DocumentUploads.Contracts.Features;

namespace DocumentUploads.Contracts.Workflow;

/// <summary>Generated JSON metadata of document-workflow's request and answer bodies, in ASP.NET Core's web
/// conventions (camelCase), for the source-generated <see cref="IDocumentWorkflowApi"/> client.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(RegisterDocumentRequest))]
[JsonSerializable(typeof(TrackedDocumentView))]
[JsonSerializable(typeof(List<TrackedDocumentView>))]
[JsonSerializable(typeof(TrackedDocumentPage))]
[JsonSerializable(typeof(Form526SubmissionDeclaration))]
[JsonSerializable(typeof(Form526SubmissionView))]
[JsonSerializable(typeof(IdempotencyKeyReservationRequest))]
[JsonSerializable(typeof(IdempotencyKeyReservation))]
[JsonSerializable(typeof(IdempotencyKeyAttempt))]
[JsonSerializable(typeof(List<FeatureFlagOverride>))]
public sealed partial class WorkflowJson : JsonSerializerContext;
