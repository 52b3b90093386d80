namespace DocumentUploads.TestSupport;

/// <summary>Facts about the OS user running the tests that decide how server programs are run.</summary>
internal static class OsUser
{
    /// <summary>The OS account that owns and runs the cluster when the tests run as root
    /// (PostgreSQL refuses to run as root). Debian's postgresql package creates it.</summary>
    public const string PostgresAccount = "postgres";

    // .NET resolves the effective uid's name (getpwuid), not $USER.
    public static bool IsRoot => Environment.UserName == "root";

    public static bool PostgresAccountExists =>
        File.Exists("/etc/passwd") &&
        File.ReadLines("/etc/passwd").Any(line => line.StartsWith(PostgresAccount + ":", StringComparison.Ordinal));
}
