using DocumentUploads.ServiceDefaults.ServiceInvocation;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.ServiceDefaults.Tests;

public class ServiceEndpointResolverTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();

    [Fact]
    public void No_dapr_variables_means_no_sidecar()
    {
        Assert.Null(DaprSidecar.FromConfiguration(Config()));
    }

    [Fact]
    public void DAPR_HTTP_PORT_points_at_the_local_sidecar()
    {
        var sidecar = DaprSidecar.FromConfiguration(Config(("DAPR_HTTP_PORT", "3511")))!;
        Assert.Equal(new Uri("http://127.0.0.1:3511/"), sidecar.HttpEndpoint);
        Assert.Null(sidecar.ApiToken);
    }

    [Fact]
    public void DAPR_HTTP_ENDPOINT_wins_over_the_port_and_the_token_is_kept()
    {
        var sidecar = DaprSidecar.FromConfiguration(Config(("DAPR_HTTP_ENDPOINT", "http://dapr.local:3600"),
            ("DAPR_HTTP_PORT", "3511"), ("DAPR_API_TOKEN", "s3cret")))!;
        Assert.Equal(new Uri("http://dapr.local:3600/"), sidecar.HttpEndpoint);
        Assert.Equal("s3cret", sidecar.ApiToken);
    }

    [Fact]
    public void A_port_that_is_not_a_port_is_refused_clearly()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => DaprSidecar.FromConfiguration(Config(("DAPR_HTTP_PORT", "abc"))));
        Assert.Contains("DAPR_HTTP_PORT", ex.Message);
    }

    [Fact]
    public void With_a_sidecar_calls_go_through_service_invocation()
    {
        var resolver = new ServiceEndpointResolver(Config(), new DaprSidecar(new Uri("http://127.0.0.1:3500/"), null));
        Assert.Equal(new Uri("http://127.0.0.1:3500/v1.0/invoke/provider-lighthouse/method/statuses?x=1"),
            resolver.Resolve(new Uri("http://provider-lighthouse/statuses?x=1")));
    }

    [Fact]
    public void Without_a_sidecar_calls_go_to_the_injected_address()
    {
        var resolver = new ServiceEndpointResolver(Config(("services:document-workflow:http:0", "http://127.0.0.1:5090")), null);
        Assert.Equal(new Uri("http://127.0.0.1:5090/documents/abc"), resolver.Resolve(new Uri("http://document-workflow/documents/abc")));
    }

    [Fact]
    public void An_unknown_service_without_a_sidecar_says_what_to_configure()
    {
        var resolver = new ServiceEndpointResolver(Config(), null);
        var ex = Assert.Throws<ServiceNotFoundException>(() => resolver.Resolve(new Uri("http://nowhere/x")));
        Assert.Contains("services__nowhere__http__0", ex.Message);
    }
}
