using DocumentUploads.NotifySim.Notifications;

namespace DocumentUploads.Simulators.Tests.NotifySim;

public sealed class NotificationStoreTests
{
    private readonly NotificationStore _store = new();

    [Fact]
    public void A_repeated_reference_gets_the_first_notification_and_is_not_recorded()
    {
        var first = _store.Record(Notification("doc-1"), out var firstRecorded);
        var again = _store.Record(Notification("doc-1"), out var againRecorded);

        Assert.True(firstRecorded);
        Assert.False(againRecorded);
        Assert.Same(first, again);
        Assert.Equal([first], _store.List(null));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Without_a_reference_every_notification_is_recorded(string? reference)
    {
        _store.Record(Notification(reference), out var first);
        _store.Record(Notification(reference), out var second);

        Assert.True(first && second);
        Assert.Equal(2, _store.List(null).Count);
    }

    [Fact]
    public void The_list_is_newest_last_and_filters_by_reference()
    {
        var a = _store.Record(Notification("a"), out _);
        var b = _store.Record(Notification("b"), out _);
        var c = _store.Record(Notification(null), out _);

        Assert.Equal([a, b, c], _store.List(null));
        Assert.Equal([b], _store.List("b"));
        Assert.Empty(_store.List("z"));
    }

    [Fact]
    public void Clearing_forgets_references_too()
    {
        _store.Record(Notification("doc-1"), out _);

        Assert.Equal(1, _store.Clear());
        _store.Record(Notification("doc-1"), out var recorded);

        Assert.True(recorded);
    }

    private static RecordedNotification Notification(string? reference) =>
        new(Guid.NewGuid(), reference, Guid.NewGuid(), null, new RecipientIdentifier("PID", "1"), null, DateTimeOffset.UnixEpoch);
}
