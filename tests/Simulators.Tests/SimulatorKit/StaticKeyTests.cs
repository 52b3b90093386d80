using DocumentUploads.SimulatorKit.Auth;

namespace DocumentUploads.Simulators.Tests.SimulatorKit;

public sealed class StaticKeyTests
{
    [Theory]
    [InlineData("dev-key", true)]
    [InlineData("dev-kez", false)]
    [InlineData("dev-key ", false)]
    [InlineData("dev-ke", false)]
    [InlineData("", false)]
    public void Only_the_exact_key_matches(string presented, bool matches) =>
        Assert.Equal(matches, new StaticKey("dev-key").Matches(presented));
}
