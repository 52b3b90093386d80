using YamlDotNet.Serialization;

namespace DocumentUploads.ServiceDefaults.Tests;

/// <summary>The sidecar's side of "no upload is sent twice". Dapr applies an app target of
/// <c>components/resiliency.yaml</c> to every invocation of that app and cannot tell an upload from a status
/// query, so no app target may retry; the calling app's own client retries the safe calls.</summary>
public sealed class DaprResiliencyTests
{
    private static Dictionary<object, object> Section(Dictionary<object, object> parent, string name) =>
        Assert.IsType<Dictionary<object, object>>(parent[name]);

    [Fact]
    public void No_app_target_retries_and_each_provider_keeps_its_timeout_and_circuit_breaker()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "components", "resiliency.yaml");
        var resiliency = Assert.IsType<Dictionary<object, object>>(new DeserializerBuilder().Build().Deserialize<object>(File.ReadAllText(file)));
        var spec = Section(resiliency, "spec");
        var apps = Section(Section(spec, "targets"), "apps");

        Assert.Equal([AppIds.ProviderChampva, AppIds.ProviderLighthouse], apps.Keys.Cast<string>().Order());
        foreach (var target in apps.Values.Cast<Dictionary<object, object>>())
        {
            Assert.False(target.ContainsKey("retry"), "a retry on an app target would resend uploads");
            Assert.True(Section(Section(spec, "policies"), "timeouts").ContainsKey(target["timeout"]));
            Assert.True(Section(Section(spec, "policies"), "circuitBreakers").ContainsKey(target["circuitBreaker"]));
        }
    }
}
