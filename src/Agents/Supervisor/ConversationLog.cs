using Hiring.Agents.Persistence;
using Hiring.Contracts.Supervisor;
using Hiring.Storage;

namespace Hiring.Agents.Supervisor;

/// <summary>The recruiter's conversation with the assistant, append-only, read in pages.</summary>
public sealed class ConversationLog(string recruiterKey, ILogStore store, TimeProvider time)
{
    private string StreamKey { get; } = $"conversation/{recruiterKey}";

    /// <summary>The log entry of one turn, to append with others in one transaction.</summary>
    public LogAppend Entry(ConversationRole role, string text, string? clientMessageId) =>
        new(StreamKey, role.ToString(), EventJson.Serialize(new TurnBody(role, text, time.GetUtcNow(), clientMessageId)));

    /// <summary>Up to <paramref name="max"/> turns before <paramref name="before"/> (the newest when null), oldest first.</summary>
    public async Task<ConversationPage> PageAsync(long? before, int max)
    {
        var entries = await store.ReadBeforeAsync(StreamKey, before ?? long.MaxValue, max);
        var turns = entries.Select(e =>
        {
            var body = EventJson.Deserialize<TurnBody>(e.Payload);
            return new ConversationTurn(e.Sequence, body.Role, body.Text, body.At, body.ClientMessageId);
        }).ToList();
        var earlier = turns.Count > 0 && turns[0].Sequence > 1 ? turns[0].Sequence : (long?)null;
        return new ConversationPage(turns, earlier);
    }

    private sealed record TurnBody(ConversationRole Role, string Text, DateTimeOffset At, string? ClientMessageId);
}
