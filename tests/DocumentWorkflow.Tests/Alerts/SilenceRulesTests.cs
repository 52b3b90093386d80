using DocumentUploads.DocumentWorkflow.Alerts;

namespace DocumentUploads.DocumentWorkflow.Tests.Alerts;

/// <summary>What a silence request must say before it is started, and the silence it starts.</summary>
public sealed class SilenceRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 10, 12, 0, 0, TimeSpan.Zero);

    private static SilenceRequest Valid(string? subject = "lighthouse", int? minutes = 60, string? reason = "vendor maintenance") =>
        new(AlertMonitorNames.ProviderStatusErrors, subject, minutes, reason);

    public static TheoryData<SilenceRequest, string> Invalid => new()
    {
        { Valid() with { Monitor = null }, SilenceRules.MonitorUnknown },
        { Valid() with { Monitor = "no_such_monitor" }, SilenceRules.MonitorUnknown },
        { Valid(subject: new string('s', SilenceRules.MaxSubjectLength + 1)), SilenceRules.SubjectTooLong },
        { Valid(minutes: null), SilenceRules.DurationInvalid },
        { Valid(minutes: 4), SilenceRules.DurationInvalid },
        { Valid(minutes: 0), SilenceRules.DurationInvalid },
        { Valid(minutes: -60), SilenceRules.DurationInvalid },
        { Valid(minutes: 7 * 24 * 60 + 1), SilenceRules.DurationInvalid },
        { Valid(reason: null), SilenceRules.ReasonRequired },
        { Valid(reason: "  \n "), SilenceRules.ReasonRequired },
        { Valid(reason: new string('r', SilenceRules.MaxReasonLength + 1)), SilenceRules.ReasonTooLong },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_request_that_cannot_be_started_gets_its_code_and_a_sentence(SilenceRequest request, string code)
    {
        var problem = SilenceRules.Problem(request);
        Assert.Equal(code, problem?.Code);
        Assert.False(string.IsNullOrWhiteSpace(problem!.Detail));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(7 * 24 * 60)]
    public void The_bounds_of_the_duration_are_allowed(int minutes) => Assert.Null(SilenceRules.Problem(Valid(minutes: minutes)));

    [Fact]
    public void A_started_silence_runs_from_now_for_the_duration_with_the_trimmed_reason_and_who()
    {
        var silence = SilenceRules.Start(Valid(minutes: 90, reason: "  vendor maintenance "), "ops-1", Now);
        Assert.Equal((AlertMonitorNames.ProviderStatusErrors, "lighthouse", "vendor maintenance", "ops-1", Now, Now.AddMinutes(90)),
            (silence.Monitor, silence.Subject, silence.Reason, silence.CreatedBy, silence.CreatedAt, silence.SilencedUntil));
        Assert.Null(silence.EndedAt);
        Assert.True(silence.IsRunningAt(Now));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("*", null)]
    [InlineData("", "")]
    [InlineData(" champva ", "champva")]
    public void Null_or_a_star_silences_every_subject_and_the_empty_subject_is_a_subject(string? asked, string? stored) =>
        Assert.Equal(stored, SilenceRules.Start(Valid(subject: asked), "ops-1", Now).Subject);
}
