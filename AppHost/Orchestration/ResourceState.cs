namespace DocumentUploads.AppHost.Orchestration;

/// <summary>A resource's state as the resources table shows it, e.g. <c>Running</c> or <c>Exited(3)</c>.</summary>
public readonly record struct ResourceState(ResourceStateKind Kind, int? ExitCode = null)
{
    public override string ToString() => ExitCode is { } code ? $"{Kind}({code})" : Kind.ToString();
}
