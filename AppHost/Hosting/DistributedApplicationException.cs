namespace DocumentUploads.AppHost.Hosting;

/// <summary>The application could not be started (a service not built, a port taken, a service
/// that exited or never became healthy); the message says which and what to do.</summary>
public sealed class DistributedApplicationException(string message, Exception? inner = null) : Exception(message, inner);
