using Hiring.Agents.Outreach.Channels;

namespace Hiring.Agents.Tests.Outreach.Contacts;

/// <summary>A channel in front of a real one that counts the messages handed to it and can fail or stop the next ones.</summary>
internal sealed class ScriptedChannel(IOutreachChannel inner) : IOutreachChannel
{
    private readonly Queue<Func<DeliveryReceipt>> _next = new();

    public int Calls { get; private set; }

    public string Name => inner.Name;

    public bool CanReach(CandidateContact recipient) => inner.CanReach(recipient);

    /// <summary>The next message fails with this reason, delivering nothing.</summary>
    public ScriptedChannel ThenFail(string reason)
    {
        _next.Enqueue(() => DeliveryReceipt.Failed(reason));
        return this;
    }

    /// <summary>The next message is cancelled before it is handed over, as when the host stops.</summary>
    public ScriptedChannel ThenStop()
    {
        _next.Enqueue(() => throw new OperationCanceledException("The host is stopping."));
        return this;
    }

    public Task<DeliveryReceipt> SendAsync(ChannelMessage message, CancellationToken cancellationToken)
    {
        Calls++;
        return _next.TryDequeue(out var next) ? Task.FromResult(next()) : inner.SendAsync(message, cancellationToken);
    }
}
