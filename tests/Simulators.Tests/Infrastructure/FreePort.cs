using System.Net;
using System.Net.Sockets;

namespace DocumentUploads.Simulators.Tests.Infrastructure;

public static class FreePort
{
    /// <summary>A loopback address where nothing listens (a port the OS just handed out and took back).</summary>
    public static Uri ClosedLoopbackAddress()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}/");
    }
}
