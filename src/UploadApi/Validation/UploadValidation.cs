namespace DocumentUploads.UploadApi.Validation;

/// <summary>The validator's answer: exactly one of a rejection or an upload ready to send.</summary>
public sealed class UploadValidation
{
    private UploadValidation(UploadRejection? rejection, ValidatedUpload? upload)
    {
        Rejection = rejection;
        Upload = upload;
    }

    public UploadRejection? Rejection { get; }

    public ValidatedUpload? Upload { get; }

    public static UploadValidation Rejected(UploadRejection rejection) => new(rejection, null);

    public static UploadValidation Accepted(ValidatedUpload upload) => new(null, upload);
}
