using System.Globalization;

namespace DocumentUploads.AppHost.Postgres;

/// <summary>Where the PostgreSQL server programs are: <c>POSTGRES_BIN_DIR</c>, else the newest
/// Debian <c>/usr/lib/postgresql/*/bin</c>.</summary>
internal static class PostgresBinDirectory
{
    public const string OverrideVariable = "POSTGRES_BIN_DIR";
    private const string DebianRoot = "/usr/lib/postgresql";

    public static string Find()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } configured) candidates.Add(configured);
        if (Directory.Exists(DebianRoot))
        {
            candidates.AddRange(Directory.GetDirectories(DebianRoot)
                .Select(d => (Dir: d, Version: decimal.TryParse(Path.GetFileName(d), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version >= 0)
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin")));
        }
        return candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "initdb")) && File.Exists(Path.Combine(d, "postgres")))
            ?? throw new InvalidOperationException(
                $"Storage:Provider=postgres needs the PostgreSQL server programs (initdb, postgres): none in ${OverrideVariable} or {DebianRoot}/*/bin. " +
                "Install them with `apt-get install -y postgresql`, or point POSTGRES_BIN_DIR at the folder holding initdb.");
    }
}
