namespace DocumentUploads.Benchmarks;

public enum BenchmarkStoreKind
{
    Sqlite,
    Postgres,
}
