using DocumentUploads.Contracts.Features;
using DocumentUploads.DocumentWorkflow.Features;

namespace DocumentUploads.DocumentWorkflow.Tests.Features;

/// <summary>What every flag store must do; run against SQLite and PostgreSQL.</summary>
public abstract class FeatureFlagStoreContract
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    protected abstract Task<IFeatureFlagStore> CreateStoreAsync();

    [Fact]
    public async Task A_saved_setting_replaces_the_previous_one_and_every_change_is_kept_with_who_and_when()
    {
        var store = await CreateStoreAsync();
        Assert.Empty(await store.GetAllAsync(CancellationToken.None));

        await store.SaveAsync(new FeatureFlagOverride("cst_multi_document_provider", true, ["vet-1", "vet-2"], 25, T0, "ops-a"),
            CancellationToken.None);
        await store.SaveAsync(new FeatureFlagOverride("cst_multi_document_provider", false, [], 0, T0.AddMinutes(1), "ops-b"),
            CancellationToken.None);
        await store.SaveAsync(new FeatureFlagOverride("benefits_documents_champva_provider", true, [], 100, T0.AddMinutes(2), "ops-a"),
            CancellationToken.None);

        var all = await store.GetAllAsync(CancellationToken.None);
        Assert.Equal(["benefits_documents_champva_provider", "cst_multi_document_provider"], all.Select(f => f.Name));
        var master = all[1];
        Assert.Equal((false, 0, "ops-b", T0.AddMinutes(1)), (master.Enabled, master.Percentage, master.ChangedBy, master.ChangedAt));
        Assert.Empty(master.Users);

        var changes = await store.RecentChangesAsync(10, CancellationToken.None);
        Assert.Equal(3, changes.Count);
        Assert.Equal(("benefits_documents_champva_provider", "ops-a"), (changes[0].Name, changes[0].ChangedBy));
        Assert.Equal(["vet-1", "vet-2"], changes[2].Users);
        Assert.Equal(25, changes[2].Percentage);
        Assert.Single(await store.RecentChangesAsync(1, CancellationToken.None));
    }
}
