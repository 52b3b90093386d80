using DocumentUploads.UploadApi.Routing;

namespace DocumentUploads.UploadApi.Tests.Routing;

/// <summary>Every combination of the two flag tiers, claim ownership and the requested id.</summary>
public class ProviderRouterTests
{
    private static readonly ProviderRegistry Registry = ProviderRegistry.Default;
    private static readonly string[] Both = ["lighthouse", "champva"];

    private static RoutingDecision Decide(bool master, string[] enabled, string? owner = null, string? requested = null,
        string claimId = "600000001") =>
        ProviderRouter.Decide(new RoutingInput(claimId, requested, master, enabled.ToHashSet(), owner), Registry);

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("banana")]
    public void Master_flag_off_is_the_legacy_path_whatever_the_request_says(string? requested)
    {
        foreach (var enabled in new[] { Both, [], ["champva"] })
        foreach (var owner in new[] { null, "champva", "lighthouse" })
        {
            Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Legacy),
                Decide(master: false, enabled, owner, requested));
        }
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("-1")]
    [InlineData("1.0")]
    [InlineData("")]
    [InlineData("2")] // reserved for the next provider: nothing registered yet
    [InlineData("99")]
    public void An_unknown_provider_id_is_invalid_when_the_master_flag_is_on(string requested)
    {
        Assert.Equal(new RoutingDecision.InvalidProvider(requested), Decide(master: true, Both, requested: requested));
        Assert.Equal(RoutingReason.Rejected, Decide(master: true, Both, requested: requested).Reason);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("1")]
    public void Ownership_decides_first(string? requested)
    {
        Assert.Equal(new RoutingDecision.Routed("champva", RoutingReason.Ownership),
            Decide(master: true, Both, owner: "champva", requested: requested));
        Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Ownership),
            Decide(master: true, Both, owner: "lighthouse", requested: requested));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("1")]
    public void A_claim_owned_by_a_disabled_provider_is_refused_not_misrouted(string? requested)
    {
        Assert.Equal(new RoutingDecision.ProviderUnavailable("champva"),
            Decide(master: true, ["lighthouse"], owner: "champva", requested: requested));
        Assert.Equal(new RoutingDecision.ProviderUnavailable("lighthouse"),
            Decide(master: true, ["champva"], owner: "lighthouse", requested: requested));
    }

    [Fact]
    public void Without_ownership_the_requested_provider_is_used_when_enabled()
    {
        Assert.Equal(new RoutingDecision.Routed("champva", RoutingReason.Requested), Decide(master: true, Both, requested: "1"));
        Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Requested), Decide(master: true, Both, requested: "0"));
        Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Requested), Decide(master: true, Both, requested: " 0 "));
    }

    [Fact]
    public void Without_ownership_a_disabled_requested_provider_falls_back_to_lighthouse()
    {
        Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Fallback),
            Decide(master: true, ["lighthouse"], requested: "1"));
    }

    [Fact]
    public void When_nothing_can_tell_and_nothing_is_requested_lighthouse_is_the_fallback()
    {
        Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Fallback), Decide(master: true, Both));
        Assert.Equal(new RoutingDecision.Routed("lighthouse", RoutingReason.Fallback), Decide(master: true, ["lighthouse"]));
    }

    [Fact]
    public void With_every_provider_disabled_nothing_is_sent()
    {
        Assert.Equal(new RoutingDecision.ProviderUnavailable("lighthouse"), Decide(master: true, []));
        Assert.Equal(new RoutingDecision.ProviderUnavailable("lighthouse"), Decide(master: true, [], requested: "1"));
        Assert.Equal(new RoutingDecision.ProviderUnavailable("champva"), Decide(master: true, [], owner: "champva"));
    }

    [Fact]
    public void The_registry_knows_the_pseudo_ids_flags_and_claim_patterns()
    {
        Assert.Equal("lighthouse", Registry.ByPseudoId(0)!.Provider);
        Assert.Equal("champva", Registry.ByPseudoId(1)!.Provider);
        Assert.Null(Registry.ByPseudoId(2));
        Assert.Equal("benefits_documents_champva_provider", Registry.Get("champva").FeatureFlag);
        Assert.Equal("champva", Registry.ByClaimIdPattern("CHAMPVA_123")!.Provider);
        Assert.Null(Registry.ByClaimIdPattern("600000001"));
        Assert.Null(Registry.ByClaimIdPattern("champva_123")); // the prefix is exact
    }

    [Fact]
    public void A_registry_without_the_default_provider_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new ProviderRegistry([new ProviderRegistration("champva", 1, "f", null, false)]));
    }
}
