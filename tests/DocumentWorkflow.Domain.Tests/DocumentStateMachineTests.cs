namespace DocumentUploads.DocumentWorkflow.Domain.Tests;

public class DocumentStateMachineTests
{
    private static readonly DateTimeOffset Uploaded = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly PollingPolicy Policy = new();
    private static readonly DateTimeOffset Fresh = Uploaded.AddHours(1);
    private static readonly DateTimeOffset PastGrace = Uploaded + Policy.NotFoundGrace + TimeSpan.FromMinutes(1);
    private static readonly DateTimeOffset PastTimeout = Uploaded + Policy.TimeoutAfter + TimeSpan.FromMinutes(1);

    private static DocumentSnapshot Doc(DocumentState state, string? step = null) => new(state, step, Uploaded);

    public static TheoryData<DocumentState> TerminalStates =>
        [DocumentState.Completed, DocumentState.Failed, DocumentState.UploadFailed, DocumentState.NotFound];

    private static readonly ProviderObservation[] Observations =
    [
        new ProviderObservation.InProgress("CLAIMS_EVIDENCE"),
        new ProviderObservation.Succeeded(),
        new ProviderObservation.Failed("BENEFITS_GATEWAY_SERVICE", "BGS down"),
        new ProviderObservation.NotFound(),
        new ProviderObservation.NotMentioned(),
        new ProviderObservation.Unrecognized("QUEUED"),
    ];

    public static TheoryData<ProviderObservation> AllObservations => new(Observations);

    [Theory]
    [MemberData(nameof(TerminalStates))]
    public void Terminal_states_never_change_whatever_the_provider_says(DocumentState state)
    {
        foreach (var observation in Observations)
        {
            foreach (var now in new[] { Fresh, PastGrace, PastTimeout })
            {
                Assert.Null(DocumentStateMachine.Apply(Doc(state, "CLAIMS_EVIDENCE"), observation, Policy, now));
            }
        }
    }

    [Theory]
    [InlineData(DocumentState.Submitted, null)]
    [InlineData(DocumentState.InProgress, "CLAIMS_EVIDENCE")]
    [InlineData(DocumentState.TimedOut, "BENEFITS_GATEWAY_SERVICE")]
    public void Success_completes_a_pending_document(DocumentState state, string? step)
    {
        var t = DocumentStateMachine.Apply(Doc(state, step), new ProviderObservation.Succeeded(), Policy, PastTimeout)!;
        Assert.Equal(DocumentState.Completed, t.To);
        Assert.Equal(state, t.From);
        Assert.Equal(step, t.FromStep);
        Assert.Null(t.Step);
        Assert.Equal(TransitionKind.Completed, t.Kind);
        Assert.Equal("SUCCESS", t.ProviderStatus);
        Assert.Equal(PastTimeout, t.At);
    }

    [Theory]
    [InlineData(DocumentState.Submitted)]
    [InlineData(DocumentState.InProgress)]
    [InlineData(DocumentState.TimedOut)]
    public void Failure_records_the_step_and_the_provider_detail(DocumentState state)
    {
        var t = DocumentStateMachine.Apply(Doc(state, "CLAIMS_EVIDENCE"),
            new ProviderObservation.Failed("BENEFITS_GATEWAY_SERVICE", "Tracked item not found"), Policy, Fresh)!;
        Assert.Equal(DocumentState.Failed, t.To);
        Assert.Equal("BENEFITS_GATEWAY_SERVICE", t.Step);
        Assert.Equal("Tracked item not found", t.Detail);
        Assert.Equal(TransitionKind.Failed, t.Kind);
    }

    [Fact]
    public void Submitted_moves_in_progress_at_the_reported_step()
    {
        var t = DocumentStateMachine.Apply(Doc(DocumentState.Submitted), new ProviderObservation.InProgress("CLAIMS_EVIDENCE"),
            Policy, Fresh)!;
        Assert.Equal((DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed), (t.To, t.Step, t.Kind));
    }

    [Fact]
    public void A_new_step_is_a_transition_and_the_same_step_is_none()
    {
        var inVbms = Doc(DocumentState.InProgress, "CLAIMS_EVIDENCE");
        Assert.Null(DocumentStateMachine.Apply(inVbms, new ProviderObservation.InProgress("CLAIMS_EVIDENCE"), Policy, Fresh));
        var t = DocumentStateMachine.Apply(inVbms, new ProviderObservation.InProgress("BENEFITS_GATEWAY_SERVICE"), Policy, Fresh)!;
        Assert.Equal(("CLAIMS_EVIDENCE", "BENEFITS_GATEWAY_SERVICE"), (t.FromStep, t.Step));
        Assert.Equal(DocumentState.InProgress, t.To);
    }

    [Theory]
    [InlineData(DocumentState.Submitted, null)]
    [InlineData(DocumentState.InProgress, "CLAIMS_EVIDENCE")]
    public void Not_found_within_the_grace_window_changes_nothing(DocumentState state, string? step)
    {
        Assert.Null(DocumentStateMachine.Apply(Doc(state, step), new ProviderObservation.NotFound(), Policy, Fresh));
    }

    [Theory]
    [InlineData(DocumentState.Submitted, null)]
    [InlineData(DocumentState.InProgress, "CLAIMS_EVIDENCE")]
    [InlineData(DocumentState.TimedOut, "CLAIMS_EVIDENCE")]
    public void Not_found_past_the_grace_window_becomes_not_found(DocumentState state, string? step)
    {
        var t = DocumentStateMachine.Apply(Doc(state, step), new ProviderObservation.NotFound(), Policy, PastGrace)!;
        Assert.Equal(DocumentState.NotFound, t.To);
        Assert.Equal(TransitionKind.NotFound, t.Kind);
        Assert.Equal(DocumentStateMachine.NotFoundDetail, t.Detail);
        Assert.True(t.To.IsTerminal()); // never polled again
    }

    [Fact]
    public void The_grace_window_is_configurable()
    {
        var shortGrace = Policy with { NotFoundGrace = TimeSpan.FromMinutes(5) };
        Assert.Equal(DocumentState.NotFound, DocumentStateMachine.Apply(Doc(DocumentState.Submitted),
            new ProviderObservation.NotFound(), shortGrace, Uploaded.AddMinutes(5))!.To);
        Assert.Null(DocumentStateMachine.Apply(Doc(DocumentState.Submitted), new ProviderObservation.NotFound(), shortGrace,
            Uploaded.AddMinutes(4)));
    }

    [Theory]
    [MemberData(nameof(AllObservations))]
    public void Anything_but_a_final_answer_past_the_timeout_times_out(ProviderObservation observation)
    {
        if (observation is ProviderObservation.Succeeded or ProviderObservation.Failed or ProviderObservation.NotFound) return;
        var t = DocumentStateMachine.Apply(Doc(DocumentState.InProgress, "CLAIMS_EVIDENCE"), observation, Policy, PastTimeout)!;
        Assert.Equal(DocumentState.TimedOut, t.To);
        Assert.Equal(TransitionKind.TimedOut, t.Kind);
        Assert.Equal(DocumentStateMachine.TimedOutDetail, t.Detail);
        Assert.False(t.To.IsTerminal()); // still polled, so a late answer still moves it
    }

    [Fact]
    public void Submitted_with_no_news_times_out_too()
    {
        var t = DocumentStateMachine.Apply(Doc(DocumentState.Submitted), new ProviderObservation.NotMentioned(), Policy, PastTimeout)!;
        Assert.Equal(DocumentState.TimedOut, t.To);
    }

    [Fact]
    public void Just_before_the_timeout_nothing_happens()
    {
        var justBefore = Uploaded + Policy.TimeoutAfter - TimeSpan.FromSeconds(1);
        Assert.Null(DocumentStateMachine.Apply(Doc(DocumentState.InProgress, "CLAIMS_EVIDENCE"),
            new ProviderObservation.NotMentioned(), Policy, justBefore));
    }

    [Fact]
    public void A_timed_out_document_stays_timed_out_but_records_a_new_step()
    {
        var timedOut = Doc(DocumentState.TimedOut, "CLAIMS_EVIDENCE");
        Assert.Null(DocumentStateMachine.Apply(timedOut, new ProviderObservation.InProgress("CLAIMS_EVIDENCE"), Policy, PastTimeout));
        Assert.Null(DocumentStateMachine.Apply(timedOut, new ProviderObservation.NotMentioned(), Policy, PastTimeout));
        var t = DocumentStateMachine.Apply(timedOut, new ProviderObservation.InProgress("BENEFITS_GATEWAY_SERVICE"), Policy, PastTimeout)!;
        Assert.Equal((DocumentState.TimedOut, "BENEFITS_GATEWAY_SERVICE", TransitionKind.Progressed), (t.To, t.Step, t.Kind));
    }

    [Theory]
    [InlineData(DocumentState.Submitted, null)]
    [InlineData(DocumentState.InProgress, "CLAIMS_EVIDENCE")]
    public void No_news_and_unknown_statuses_change_nothing_before_the_timeout(DocumentState state, string? step)
    {
        Assert.Null(DocumentStateMachine.Apply(Doc(state, step), new ProviderObservation.NotMentioned(), Policy, Fresh));
        Assert.Null(DocumentStateMachine.Apply(Doc(state, step), new ProviderObservation.Unrecognized("QUEUED"), Policy, Fresh));
    }

    [Fact]
    public void Every_pending_state_and_answer_has_a_defined_outcome()
    {
        // The exhaustive grid: no combination throws, and every transition leaves the state it came from.
        foreach (var state in Enum.GetValues<DocumentState>())
        foreach (var step in new string?[] { null, "CLAIMS_EVIDENCE" })
        foreach (var observation in Observations)
        foreach (var now in new[] { Fresh, PastGrace, PastTimeout })
        {
            var t = DocumentStateMachine.Apply(Doc(state, step), observation, Policy, now);
            if (t is null) continue;
            Assert.Equal(state, t.From);
            Assert.True(t.To != state || t.Step != step, $"{state}/{step} + {observation} produced a no-op transition");
            Assert.False(state.IsTerminal());
        }
    }

    [Fact]
    public void Registration_transitions_start_the_history()
    {
        var registered = DocumentStateMachine.Register(Uploaded);
        Assert.Equal((null, DocumentState.Submitted, TransitionKind.Registered), (registered.From, registered.To, registered.Kind));
        var refused = DocumentStateMachine.RegisterUploadFailure("UPSTREAM_UNAVAILABLE: Lighthouse failed", Uploaded);
        Assert.Equal((DocumentState.UploadFailed, TransitionKind.UploadFailed), (refused.To, refused.Kind));
        Assert.Equal("UPSTREAM_UNAVAILABLE: Lighthouse failed", refused.Detail);
    }
}
