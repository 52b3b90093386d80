using System.Net;
using System.Net.Sockets;

namespace DocumentUploads.AppHost.Orchestration;

/// <summary>Hands out loopback ports the OS reports free, never the same one twice in a run (the
/// OS may offer a just-released port again before its new owner binds it).</summary>
internal sealed class FreePortAllocator
{
    private readonly Lock _gate = new();
    private readonly HashSet<int> _handedOut = [];

    public int Next()
    {
        lock (_gate)
        {
            while (true)
            {
                using var listener = new TcpListener(IPAddress.Loopback, 0);
                listener.Start();
                var port = ((IPEndPoint)listener.LocalEndpoint).Port;
                if (_handedOut.Add(port)) return port;
            }
        }
    }

    /// <summary>True when nothing listens on the loopback port now.</summary>
    public static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
