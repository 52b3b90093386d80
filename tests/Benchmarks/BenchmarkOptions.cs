using System.Globalization;

namespace DocumentUploads.Benchmarks;

/// <summary>The command line. <c>--scenario poll-cycle</c> (the default): <c>--store sqlite|postgres --documents N
/// --batch-size N --baseline-documents K --warmup-documents W</c>, plus any <c>--Polling:Key=value</c> passed on
/// to document-workflow (to try other page sizes or concurrency without editing code). <c>--scenario uploads</c>:
/// <c>--concurrency N --seconds S</c>. <c>--scenario purge</c>: <c>--store --documents N</c> (finished documents to delete)
/// <c>--pending P --warmup-documents W</c>, plus any <c>--Retention:Key=value</c> (e.g. <c>--Retention:SlicePause=0</c>).
/// <c>--scenario status-hop</c>: <c>--statuses N</c>.</summary>
public sealed record BenchmarkOptions(
    BenchmarkStoreKind Store,
    int Documents,
    int? BatchSize,
    int BaselineDocuments,
    int WarmupDocuments,
    IReadOnlyList<string> SettingOverrides,
    BenchmarkScenario Scenario = BenchmarkScenario.PollCycle,
    int Concurrency = BenchmarkOptions.DefaultConcurrency,
    int Seconds = BenchmarkOptions.DefaultSeconds,
    int PendingDocuments = BenchmarkOptions.DefaultPendingDocuments,
    int Statuses = BenchmarkOptions.DefaultStatuses)
{
    public const string Usage =
        "usage: dotnet run -c Release --project tests/Benchmarks -- [--scenario poll-cycle] [--store sqlite|postgres] [--documents N] " +
        "[--batch-size N] [--baseline-documents K] [--warmup-documents W (0 = measure a cold process)] [--Polling:Key=value ...]\n" +
        "       dotnet run -c Release --project tests/Benchmarks -- --scenario uploads [--concurrency N] [--seconds S]\n" +
        "       dotnet run -c Release --project tests/Benchmarks -- --scenario purge [--store sqlite|postgres] [--documents N] " +
        "[--pending P] [--warmup-documents W] [--Retention:Key=value ...]\n" +
        "       dotnet run -c Release --project tests/Benchmarks -- --scenario status-hop [--statuses N]";

    public const int DefaultConcurrency = 8;
    public const int DefaultSeconds = 20;
    public const int DefaultStatuses = 1_000_000;

    /// <summary>Pending documents in the purge scenario's poll cycles, as in the poll-cycle scenario's default.</summary>
    public const int DefaultPendingDocuments = 100_000;

    private const int DefaultDocuments = 100_000;
    private const int DefaultBaselineCap = 20_000;
    private const int DefaultWarmupDocuments = 50_000;

    /// <exception cref="ArgumentException">An unknown or malformed argument; the message says which.</exception>
    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var store = BenchmarkStoreKind.Sqlite;
        var documents = DefaultDocuments;
        int? batchSize = null; // unset: as many ids per status request as the provider states
        int? baseline = null;
        var warmup = DefaultWarmupDocuments;
        var overrides = new List<string>();
        var scenario = BenchmarkScenario.PollCycle;
        var concurrency = DefaultConcurrency;
        var seconds = DefaultSeconds;
        var pending = DefaultPendingDocuments;
        var statuses = DefaultStatuses;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--scenario":
                    scenario = Value() switch
                    {
                        "poll-cycle" => BenchmarkScenario.PollCycle,
                        "uploads" => BenchmarkScenario.Uploads,
                        "purge" => BenchmarkScenario.Purge,
                        "status-hop" => BenchmarkScenario.StatusHop,
                        var other => throw new ArgumentException($"--scenario '{other}' is not poll-cycle, uploads, purge or status-hop."),
                    };
                    break;
                case "--concurrency":
                    concurrency = Positive("--concurrency", Value());
                    break;
                case "--pending":
                    pending = Positive("--pending", Value());
                    break;
                case "--seconds":
                    seconds = Positive("--seconds", Value());
                    break;
                case "--statuses":
                    statuses = Positive("--statuses", Value());
                    break;
                case "--store":
                    store = Value() switch
                    {
                        "sqlite" => BenchmarkStoreKind.Sqlite,
                        "postgres" => BenchmarkStoreKind.Postgres,
                        var other => throw new ArgumentException($"--store '{other}' is neither sqlite nor postgres."),
                    };
                    break;
                case "--documents":
                    documents = Positive("--documents", Value());
                    break;
                case "--batch-size":
                    batchSize = Positive("--batch-size", Value());
                    break;
                case "--baseline-documents":
                    baseline = Positive("--baseline-documents", Value());
                    break;
                case "--warmup-documents":
                    warmup = Count("--warmup-documents", Value());
                    break;
                case var setting when (setting.StartsWith("--Polling:", StringComparison.Ordinal)
                                       || setting.StartsWith("--Retention:", StringComparison.Ordinal)) && setting.Contains('='):
                    overrides.Add(setting);
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'.");
            }
        }
        return new BenchmarkOptions(store, documents, batchSize, baseline ?? Math.Min(documents, DefaultBaselineCap), warmup, overrides,
            scenario, concurrency, seconds, pending, statuses);
    }

    /// <summary>The batch size as printed: the configured one, or the provider's own maximum.</summary>
    public string DescribeBatchSize() => BatchSize is { } size ? size.ToString(CultureInfo.InvariantCulture) : "the provider's maximum";

    public string StoreName => Store == BenchmarkStoreKind.Postgres ? "postgres" : "sqlite";

    /// <summary>" (--Polling:X=y ...)" when any were given, for the output.</summary>
    public string DescribeOverrides() => SettingOverrides.Count == 0 ? "" : " (" + string.Join(" ", SettingOverrides) + ")";

    private static int Positive(string name, string value) => Count(name, value) is > 0 and var n
        ? n
        : throw new ArgumentException($"{name} '{value}' is not a positive whole number.");

    private static int Count(string name, string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new ArgumentException($"{name} '{value}' is not a whole number.");
}
