namespace DocumentUploads.UploadApi.Validation;

/// <summary>What came of unlocking an encrypted PDF.</summary>
public enum PdfUnlockOutcome
{
    Unlocked,
    PasswordRequired,
    IncorrectPassword,
    Malformed,
}
