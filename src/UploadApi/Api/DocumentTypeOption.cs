namespace DocumentUploads.UploadApi.Api;

/// <summary>One document type: the code the API takes and the name a veteran knows it by.</summary>
public sealed record DocumentTypeOption(string Code, string Label);
