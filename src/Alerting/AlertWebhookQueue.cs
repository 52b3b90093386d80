using System.Threading.Channels;

namespace DocumentUploads.Alerting;

/// <summary>Messages waiting for the webhook sender. Enqueueing never waits: when the webhook is down long
/// enough to fill the queue, the oldest message is dropped (the alert stays in the store and the gauge).</summary>
public sealed class AlertWebhookQueue
{
    public const int Capacity = 1000;

    private readonly Channel<AlertWebhookMessage> _channel = Channel.CreateBounded<AlertWebhookMessage>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public ChannelReader<AlertWebhookMessage> Reader => _channel.Reader;

    public void Enqueue(AlertWebhookMessage message) => _channel.Writer.TryWrite(message);
}
