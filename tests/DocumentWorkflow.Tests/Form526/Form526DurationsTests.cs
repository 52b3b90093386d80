using DocumentUploads.DocumentWorkflow.Form526;

namespace DocumentUploads.DocumentWorkflow.Tests.Form526;

public sealed class Form526DurationsTests
{
    [Theory]
    [InlineData("PT72H", 72 * 60)]
    [InlineData("P3D", 72 * 60)]
    [InlineData("PT30M", 30)]
    [InlineData("3.00:00:00", 72 * 60)]
    [InlineData("00:05:00", 5)]
    [InlineData("PT0S", 0)]
    public void ISO_8601_and_constant_form_durations_are_read(string text, int minutes)
    {
        Assert.True(Form526Durations.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("72h")]
    [InlineData("72:00:00")]
    [InlineData("-PT1H")]
    [InlineData("-01:00:00")]
    [InlineData("P")]
    public void Anything_else_or_a_negative_duration_is_refused(string? text) =>
        Assert.False(Form526Durations.TryParse(text, out _));
}
