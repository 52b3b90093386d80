using System.Runtime.InteropServices;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>SIGTERM is how a .NET service is asked to shut down gracefully (its host's console
/// lifetime handles it); <see cref="System.Diagnostics.Process.Kill()"/> only sends SIGKILL.</summary>
internal static partial class UnixSignals
{
    public const int SigInt = 2;
    private const int SigTerm = 15;

    /// <returns>False if the signal could not be sent (the process is already gone).</returns>
    public static bool Terminate(int processId) => Send(processId, SigTerm);

    /// <returns>False if the signal could not be sent (the process is already gone, or Windows).</returns>
    public static bool Send(int processId, int signal) => !OperatingSystem.IsWindows() && kill(processId, signal) == 0;

    [DllImport("libc", SetLastError = true)]
#pragma warning disable SYSLIB1054 // LibraryImport needs AllowUnsafeBlocks; one int-only call does not justify that.
    private static extern int kill(int pid, int sig);
#pragma warning restore SYSLIB1054
}
