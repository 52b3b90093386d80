namespace DocumentUploads.NotifySim.Notifications;

/// <summary>Every accepted notification, oldest first, in memory only. A non-empty reference is
/// recorded once: a retry carrying it gets the first notification back instead of a second email.</summary>
public sealed class NotificationStore
{
    private readonly Lock _gate = new();
    private readonly List<RecordedNotification> _notifications = [];
    private readonly Dictionary<string, RecordedNotification> _byReference = new(StringComparer.Ordinal);

    /// <summary>Records <paramref name="candidate"/> unless its reference is already held; returns
    /// what is recorded under it and whether that is <paramref name="candidate"/>.</summary>
    public RecordedNotification Record(RecordedNotification candidate, out bool recorded)
    {
        lock (_gate)
        {
            var reference = candidate.Reference;
            if (!string.IsNullOrEmpty(reference) && _byReference.TryGetValue(reference, out var first))
            {
                recorded = false;
                return first;
            }
            _notifications.Add(candidate);
            if (!string.IsNullOrEmpty(reference)) _byReference[reference] = candidate;
            recorded = true;
            return candidate;
        }
    }

    /// <summary>Newest last; only those with <paramref name="reference"/> when it is given.</summary>
    public IReadOnlyList<RecordedNotification> List(string? reference)
    {
        lock (_gate)
        {
            return reference is null ? [.. _notifications] : [.. _notifications.Where(n => n.Reference == reference)];
        }
    }

    public int Clear()
    {
        lock (_gate)
        {
            var count = _notifications.Count;
            _notifications.Clear();
            _byReference.Clear();
            return count;
        }
    }
}
