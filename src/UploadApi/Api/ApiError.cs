namespace DocumentUploads.UploadApi.Api;

/// <summary>One entry of the public API's error body <c>{"errors":[...]}</c> (the shape the
/// VA.gov frontend already reads: it matches on <c>code</c> and <c>detail</c>).</summary>
public sealed record ApiError(string Title, string Detail, string Code, string Status);
