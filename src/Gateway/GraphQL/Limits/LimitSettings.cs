namespace Hiring.Gateway.GraphQL.Limits;

/// <summary>The <c>Hiring:Limits</c> section: what one client may ask of the gateway.</summary>
public sealed class LimitSettings
{
    public const string Section = "Hiring:Limits";

    public int MaxDepth { get; set; } = 12;

    public int MaxComplexity { get; set; } = 1000;

    public long MaxRequestBytes { get; set; } = 64 * 1024;

    public int MaxSocketMessageBytes { get; set; } = 64 * 1024;

    public int RequestsPerWindow { get; set; } = 300;

    public int WindowSeconds { get; set; } = 60;

    /// <summary>Messages one WebSocket connection may have queued before it is closed as a slow consumer.</summary>
    public int SubscriptionBuffer { get; set; } = 256;

    /// <summary>
    /// While a recruiter's live stream has been quiet this many seconds, their subscriptions on this node read the
    /// event log after the last event seen, so an event the stream lost (a silo died with it queued) still arrives; 0 turns it off.
    /// </summary>
    public int LogCheckSeconds { get; set; } = 5;

    /// <summary>Operations (subscriptions, queries) one WebSocket connection may run at once.</summary>
    public int MaxOperationsPerConnection { get; set; } = 100;

    public int InitTimeoutSeconds { get; set; } = 10;

    /// <summary>Server pings every this many seconds; 0 turns keep-alive off.</summary>
    public int KeepAliveSeconds { get; set; } = 15;
}
