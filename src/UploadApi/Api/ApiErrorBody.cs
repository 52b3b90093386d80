namespace DocumentUploads.UploadApi.Api;

public sealed record ApiErrorBody(IReadOnlyList<ApiError> Errors);
