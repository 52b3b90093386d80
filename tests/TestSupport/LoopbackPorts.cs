using System.Net;
using System.Net.Sockets;

namespace DocumentUploads.TestSupport;

public static class LoopbackPorts
{
    /// <summary>A 127.0.0.1 port nothing listens on at the moment it is returned; another process may still
    /// take it before the caller binds it.</summary>
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
