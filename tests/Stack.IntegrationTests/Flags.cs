using System.Net.Http.Json;
using DocumentUploads.Contracts.Features;

namespace DocumentUploads.Stack.IntegrationTests;

/// <summary>Flips a feature flag as an operator would, and waits until upload-api has picked it up.</summary>
public static class Flags
{
    public static async Task SetAsync(StackFixture stack, string flag, bool enabled, params string[] users)
    {
        using var ops = await stack.OperatorAsync();
        using var response = await ops.PutAsJsonAsync($"/ops/features/{flag}", new FeatureFlagSetting(enabled, users, 0));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits (bounded) until upload-api reports the flag's value for the user.</summary>
    public static async Task WaitForAsync(HttpClient veteran, string flag, bool expected)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        while (true)
        {
            var toggles = await veteran.GetFromJsonAsync<TogglesAnswer>($"/v0/feature_toggles?features={flag}");
            if (toggles!.Data.Features.Single().Value == expected) return;
            Assert.True(DateTimeOffset.UtcNow < deadline, $"upload-api never saw {flag}={expected}");
            await Task.Delay(250);
        }
    }

    private sealed record TogglesAnswer(TogglesData Data);

    private sealed record TogglesData(string Type, IReadOnlyList<ToggleValue> Features);

    private sealed record ToggleValue(string Name, bool Value);
}
