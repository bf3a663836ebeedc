namespace Hiring.Agents.Outreach.Channels;

/// <summary>
/// One way of reaching candidates. A channel reports a delivery that failed as a failure receipt
/// rather than an exception (only cancellation escapes), and where it can know, sends a message id
/// it already delivered no second time (the sender relies on that when it retries a message whose
/// outcome was never recorded).
/// </summary>
public interface IOutreachChannel
{
    /// <summary>The name sends ask for ("built-in", "smtp").</summary>
    string Name { get; }

    /// <summary>Whether the channel has a way to reach the candidate (email needs a usable address).</summary>
    bool CanReach(CandidateContact recipient);

    /// <summary>Delivers the message, or says why it did not.</summary>
    Task<DeliveryReceipt> SendAsync(ChannelMessage message, CancellationToken cancellationToken);
}
