using DocumentUploads.Contracts.Providers;

namespace DocumentUploads.UploadApi.Routing;

/// <summary>The providers documents can be routed to. Adding one is a new provider service, one
/// registration here, and the shared provider contract suite.</summary>
public sealed class ProviderRegistry
{
    public const string MultiProviderFlag = "cst_multi_document_provider";

    /// <summary>Where everything goes on the legacy path and when nothing else can tell.</summary>
    public const string DefaultProvider = ProviderIds.Lighthouse;

    private readonly Dictionary<int, ProviderRegistration> _byPseudoId;
    private readonly Dictionary<string, ProviderRegistration> _byName;

    public ProviderRegistry(IEnumerable<ProviderRegistration> registrations)
    {
        All = registrations.ToList();
        _byPseudoId = All.ToDictionary(r => r.PseudoId);
        _byName = All.ToDictionary(r => r.Provider, StringComparer.Ordinal);
        if (!_byName.ContainsKey(DefaultProvider))
        {
            throw new ArgumentException($"The registry must contain the default provider '{DefaultProvider}'.");
        }
    }

    /// <summary>Pseudo ids: 0 lighthouse, 1 champva; 2 is reserved for the next provider.</summary>
    public static ProviderRegistry Default { get; } = new(
    [
        new(ProviderIds.Lighthouse, 0, "benefits_documents_lighthouse_provider", ClaimIdPrefix: null, CanTellOwnership: true),
        new(ProviderIds.Champva, 1, "benefits_documents_champva_provider", ClaimIdPrefix: "CHAMPVA_", CanTellOwnership: true),
    ]);

    public IReadOnlyList<ProviderRegistration> All { get; }

    public ProviderRegistration? ByPseudoId(int pseudoId) => _byPseudoId.GetValueOrDefault(pseudoId);

    public ProviderRegistration Get(string provider) => _byName[provider];

    /// <summary>The provider whose claim id pattern the claim matches, if any.</summary>
    public ProviderRegistration? ByClaimIdPattern(string claimId) =>
        All.FirstOrDefault(r => r.ClaimIdPrefix is { } prefix && claimId.StartsWith(prefix, StringComparison.Ordinal));
}
