namespace DocumentUploads.UploadApi.Validation;

/// <summary>What a rule found: the checked value, or the rejection that stops the upload.</summary>
public readonly record struct RuleOutcome<T>(T? Value, UploadRejection? Rejection)
    where T : notnull
{
    public static RuleOutcome<T> Pass(T value) => new(value, null);

    public static RuleOutcome<T> Fail(UploadRejection rejection) => new(default, rejection);

    public static implicit operator RuleOutcome<T>(UploadRejection rejection) => Fail(rejection);
}
