using DocumentUploads.AppHost.Configuration;
using Microsoft.Extensions.Configuration;

namespace DocumentUploads.AppHost.Tests.Configuration;

public sealed class ServicePortsTests
{
    private static IConfiguration With(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build();

    [Fact]
    public void A_service_keeps_its_well_known_port_unless_told_otherwise()
    {
        Assert.Equal(5080, ServicePorts.Resolve(With(), "upload-api", 5080));
        Assert.Equal(6080, ServicePorts.Resolve(With(("Ports:upload-api", "6080")), "upload-api", 5080));
        Assert.Equal(5090, ServicePorts.Resolve(With(("Ports:upload-api", "6080")), "document-workflow", 5090));
    }

    [Fact]
    public void Zero_means_any_free_port()
    {
        Assert.Null(ServicePorts.Resolve(With(("Ports:upload-api", "0")), "upload-api", 5080));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("70000")]
    [InlineData("80.5")]
    public void A_setting_that_is_not_a_port_stops_the_start_with_its_name(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ServicePorts.Resolve(With(("Ports:upload-api", value)), "upload-api", 5080));

        Assert.Contains("Ports:upload-api", error.Message);
        Assert.Contains(value, error.Message);
    }
}
