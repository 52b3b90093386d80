using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.DocumentWorkflow.Domain.Tests;

public class ProviderStatusMapperTests
{
    private static readonly ProviderStep[] InVbms =
    [
        new("CLAIMS_EVIDENCE", ProviderStep.InProgress),
        new("BENEFITS_GATEWAY_SERVICE", ProviderStep.NotStarted),
    ];

    private static readonly ProviderStep[] InBgs =
    [
        new("CLAIMS_EVIDENCE", ProviderStep.Success),
        new("BENEFITS_GATEWAY_SERVICE", ProviderStep.InProgress),
    ];

    [Fact]
    public void In_progress_is_at_the_first_step_not_yet_successful()
    {
        Assert.Equal(new ProviderObservation.InProgress("CLAIMS_EVIDENCE"),
            ProviderStatusMapper.Map(new("1", "IN_PROGRESS", InVbms, null)));
        Assert.Equal(new ProviderObservation.InProgress("BENEFITS_GATEWAY_SERVICE"),
            ProviderStatusMapper.Map(new("1", "IN_PROGRESS", InBgs, null)));
    }

    [Fact]
    public void In_progress_without_steps_is_at_an_unknown_step()
    {
        Assert.Equal(new ProviderObservation.InProgress(ProviderStatusMapper.UnknownStep),
            ProviderStatusMapper.Map(new("1", "IN_PROGRESS", [], null)));
    }

    [Fact]
    public void Success_maps_to_succeeded() =>
        Assert.IsType<ProviderObservation.Succeeded>(ProviderStatusMapper.Map(new("1", "SUCCESS", [], null)));

    [Fact]
    public void Failed_uses_the_error_step_and_detail()
    {
        var failed = ProviderStatusMapper.Map(new("1", "FAILED", InBgs, new ProviderStatusError("BGS said no", "BENEFITS_GATEWAY_SERVICE")));
        Assert.Equal(new ProviderObservation.Failed("BENEFITS_GATEWAY_SERVICE", "BGS said no"), failed);
    }

    [Fact]
    public void Failed_without_an_error_object_falls_back_to_the_first_unfinished_step()
    {
        var failed = ProviderStatusMapper.Map(new("1", "FAILED",
            [new("CLAIMS_EVIDENCE", ProviderStep.Failed), new("BENEFITS_GATEWAY_SERVICE", ProviderStep.NotStarted)], null));
        Assert.Equal(new ProviderObservation.Failed("CLAIMS_EVIDENCE", ProviderStatusMapper.FailedWithoutDetail), failed);
    }

    [Fact]
    public void Failed_with_nothing_to_go_on_is_unknown_not_a_crash()
    {
        Assert.Equal(new ProviderObservation.Failed(ProviderStatusMapper.UnknownStep, ProviderStatusMapper.FailedWithoutDetail),
            ProviderStatusMapper.Map(new("1", "FAILED", [], new ProviderStatusError(" ", null))));
        Assert.Equal(new ProviderObservation.Failed(ProviderStatusMapper.UnknownStep, ProviderStatusMapper.FailedWithoutDetail),
            ProviderStatusMapper.Map(new("1", "FAILED", null!, null)));
    }

    [Fact]
    public void An_unknown_status_value_is_unrecognized()
    {
        Assert.Equal(new ProviderObservation.Unrecognized("QUEUED"), ProviderStatusMapper.Map(new("1", "QUEUED", [], null)));
    }

    [Fact]
    public void A_report_yields_one_observation_per_asked_id()
    {
        var answer = ProviderStatusMapper.MapReport(["1", "2", "3", "4"], new ProviderStatusReport(
            [new("1", "SUCCESS", [], null), new("2", "IN_PROGRESS", InVbms, null)], ["3"]));

        Assert.Equal(4, answer.Observations.Count);
        Assert.IsType<ProviderObservation.Succeeded>(answer.Observations["1"]);
        Assert.IsType<ProviderObservation.InProgress>(answer.Observations["2"]);
        Assert.IsType<ProviderObservation.NotFound>(answer.Observations["3"]);
        Assert.IsType<ProviderObservation.NotMentioned>(answer.Observations["4"]);
        Assert.Empty(answer.UnexpectedIds);
    }

    [Fact]
    public void Ids_nobody_asked_for_are_set_aside_not_applied()
    {
        var answer = ProviderStatusMapper.MapReport(["1"], new ProviderStatusReport(
            [new("1", "SUCCESS", [], null), new("99", "FAILED", [], null)], ["98"]));

        Assert.Single(answer.Observations);
        Assert.Equal(["98", "99"], answer.UnexpectedIds.Order());
    }

    [Fact]
    public void A_status_wins_over_a_not_found_listing_of_the_same_id()
    {
        var answer = ProviderStatusMapper.MapReport(["1"], new ProviderStatusReport([new("1", "SUCCESS", [], null)], ["1"]));
        Assert.IsType<ProviderObservation.Succeeded>(answer.Observations["1"]);
    }

    [Fact]
    public void A_report_with_null_lists_means_nothing_was_mentioned()
    {
        var answer = ProviderStatusMapper.MapReport(["1"], new ProviderStatusReport(null!, null!));
        Assert.IsType<ProviderObservation.NotMentioned>(answer.Observations["1"]);
    }
}
