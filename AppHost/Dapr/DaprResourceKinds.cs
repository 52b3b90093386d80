namespace DocumentUploads.AppHost.Dapr;

/// <summary>The <c>kind</c> values found in a Dapr resources folder.</summary>
public static class DaprResourceKinds
{
    public const string Component = "Component";
    public const string Configuration = "Configuration";
    public const string Resiliency = "Resiliency";
}
