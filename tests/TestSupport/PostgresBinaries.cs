using System.Diagnostics;
using System.Globalization;

namespace DocumentUploads.TestSupport;

/// <summary>Where the PostgreSQL server programs (initdb, pg_ctl) are: <c>POSTGRES_BIN_DIR</c> if
/// set, else the newest <c>/usr/lib/postgresql/*/bin</c> (Debian's layout), else <c>pg_config --bindir</c>.</summary>
public static class PostgresBinaries
{
    public const string OverrideVariable = "POSTGRES_BIN_DIR";
    private const string DebianRoot = "/usr/lib/postgresql";

    public static string FindDirectory()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(OverrideVariable) is { Length: > 0 } configured) candidates.Add(configured);
        candidates.AddRange(DebianVersions());
        if (PgConfigBinDirectory() is { } fromPgConfig) candidates.Add(fromPgConfig);

        return candidates.FirstOrDefault(HasServerPrograms) ?? throw new InvalidOperationException(
            "PostgreSQL server programs (initdb, pg_ctl) were not found: looked in $" + OverrideVariable + ", " +
            DebianRoot + "/*/bin and `pg_config --bindir`. Install them with `apt-get install -y postgresql` " +
            "(Debian/Ubuntu), or point " + OverrideVariable + " at the folder holding initdb.");
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"));

    // Newest major version first: /usr/lib/postgresql/16/bin before .../15/bin.
    private static IEnumerable<string> DebianVersions() =>
        Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(d => (Dir: d, Version: decimal.TryParse(Path.GetFileName(d), NumberStyles.Number,
                    CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(d => d.Version >= 0)
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin"))
            : [];

    private static string? PgConfigBinDirectory()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pg_config", "--bindir")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // pg_config is not installed either
        }
    }
}
