using DocumentUploads.Contracts.Workflow;
using DocumentUploads.DocumentWorkflow.Domain;
using DocumentUploads.DocumentWorkflow.Form526;
using DocumentUploads.DocumentWorkflow.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace DocumentUploads.DocumentWorkflow.Tests.Ops;

/// <summary>One running app with a known mix of documents, transitions, a poll cycle and a late Form 526
/// submission, seeded relative to the real clock (the app runs on TimeProvider.System).</summary>
public sealed class SeededDashboard : IAsyncLifetime
{
    internal DashboardHost Host { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    public TrackedDocument Completed { get; private set; } = null!;
    public TrackedDocument FailedAtBgs { get; private set; } = null!;
    public TrackedDocument UploadFailed { get; private set; } = null!;
    public TrackedDocument StuckWarning { get; private set; } = null!;
    public TrackedDocument StuckCritical { get; private set; } = null!;
    public TrackedDocument NotFound { get; private set; } = null!;
    public TrackedDocument TimedOut { get; private set; } = null!;
    public TrackedDocument Form526Bdd { get; private set; } = null!;
    public PollCycleRecord Cycle { get; private set; } = null!;
    public List<DateTimeOffset> Uploads { get; } = [];
    public List<DateTimeOffset> Completions { get; } = [];
    public List<DateTimeOffset> Failures { get; } = [];

    public async Task InitializeAsync()
    {
        Host = await DashboardHost.StartAsync();
        var seed = Host.Seed;
        var now = Now = DateTimeOffset.UtcNow;
        DateTimeOffset Up(DateTimeOffset at) { Uploads.Add(at); return at; }

        var d1 = await seed.RegisterAsync(Up(now.AddHours(-2)));
        d1 = await seed.MoveAsync(d1, DocumentState.InProgress, "CLAIMS_EVIDENCE", TransitionKind.Progressed, now.AddMinutes(-90));
        Completed = await seed.MoveAsync(d1, DocumentState.Completed, null, TransitionKind.Completed, now.AddHours(-1));
        Completions.Add(now.AddHours(-1));

        FailedAtBgs = await seed.MoveAsync(await seed.RegisterAsync(Up(now.AddHours(-3))), DocumentState.Failed, "BENEFITS_GATEWAY_SERVICE",
            TransitionKind.Failed, now.AddMinutes(-30), "BGS rejected the document");
        Failures.Add(now.AddMinutes(-30));

        UploadFailed = await seed.RegisterUploadFailureAsync(Up(now.AddMinutes(-20)), "Lighthouse answered 500");
        Failures.Add(now.AddMinutes(-20));

        StuckWarning = await seed.MoveAsync(await seed.RegisterAsync(Up(now.AddHours(-30)), provider: "champva", documentType: "L228"),
            DocumentState.InProgress, "PEGA", TransitionKind.Progressed, now.AddHours(-29));
        StuckCritical = await seed.RegisterAsync(Up(now.AddHours(-100)));
        NotFound = await seed.MoveAsync(await seed.RegisterAsync(Up(now.AddHours(-120))), DocumentState.NotFound, null, TransitionKind.NotFound,
            now.AddHours(-96), DocumentStateMachine.NotFoundDetail);
        TimedOut = await seed.MoveAsync(await seed.RegisterAsync(Up(now.AddHours(-130))), DocumentState.TimedOut, "CLAIMS_EVIDENCE",
            TransitionKind.TimedOut, now.AddHours(-34), DocumentStateMachine.TimedOutDetail);
        Form526Bdd = await seed.RegisterAsync(Up(now.AddHours(-5)), form526Kind: Form526Kinds.BddInstructions, submissionId: "s-late");

        await Host.App.Services.GetRequiredService<IForm526Store>().SaveAsync(new Form526Submission("s-late", "600000001", "p1",
            now.AddHours(-100), now.AddHours(-100), [new(Form526Kinds.BddInstructions), new(Form526Kinds.Form0781)]), CancellationToken.None);

        Cycle = new PollCycleRecord(Guid.CreateVersion7(), "schedule", now.AddMinutes(-10), now.AddMinutes(-10).AddMilliseconds(1500),
            PollCycleRecord.CompletedWithErrors, 7, 2, new Dictionary<string, int> { ["progressed"] = 1, ["failed"] = 1 }, 1, 0, 0,
            "1 provider error");
        await Host.Store.SaveCycleAsync(Cycle, CancellationToken.None);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
