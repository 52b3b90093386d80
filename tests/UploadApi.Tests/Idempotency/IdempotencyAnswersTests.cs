using DocumentUploads.UploadApi.Api;
using DocumentUploads.UploadApi.Idempotency;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DocumentUploads.UploadApi.Tests.Idempotency;

public sealed class IdempotencyAnswersTests
{
    private static (int? Status, string Code) Error(IResult? result)
    {
        var json = Assert.IsType<JsonHttpResult<ApiErrorBody>>(result);
        return (json.StatusCode, Assert.Single(json.Value!.Errors).Code);
    }

    [Fact]
    public void Proceed_has_no_answer_of_its_own()
    {
        Assert.Null(IdempotencyAnswers.For(IdempotencyCheck.Proceed));
    }

    [Fact]
    public void Replay_is_the_first_answer_201_with_the_document_and_its_location()
    {
        var document = IdempotencyCheckTests.Document;

        var created = Assert.IsType<Created<DocumentUploadView>>(
            IdempotencyAnswers.For(new IdempotencyCheck(IdempotencyVerdict.Replay, document)));

        Assert.Equal($"/v0/document_uploads/{document.Id}", created.Location);
        Assert.Equal(DocumentUploadView.From(document), created.Value);
    }

    [Fact]
    public void The_refusals_carry_their_status_and_stable_code()
    {
        Assert.Equal((422, IdempotencyAnswers.IdempotencyKeyReused), Error(IdempotencyAnswers.For(IdempotencyCheck.Reused)));
        Assert.Equal((409, IdempotencyAnswers.IdempotencyKeyInUse), Error(IdempotencyAnswers.For(IdempotencyCheck.InProgress)));
        Assert.Equal((503, ApiErrors.UpstreamUnavailable), Error(IdempotencyAnswers.For(IdempotencyCheck.Unavailable)));
        Assert.Equal((400, IdempotencyAnswers.InvalidIdempotencyKey), Error(IdempotencyAnswers.InvalidKey()));
    }
}
