using Hiring.Agents.Reasoning.Configuration;
using Hiring.Agents.Reasoning.Providers;
using Hiring.Contracts.Reasoning;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Agents.Tests.Intake.Support;

/// <summary>A chat model for every tier that gives the queued answers in order and keeps what it was asked.</summary>
internal sealed class QueuedChatModel : IChatCompletionService, IChatModels
{
    private readonly Queue<string> _answers = new();

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public List<ChatHistory> Asked { get; } = [];

    public QueuedChatModel Then(string answer)
    {
        _answers.Enqueue(answer);
        return this;
    }

    public ModelEndpoint For(ModelTier tier) => new(this, "queued-model", AiProvider.OpenAI);

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        Asked.Add(chatHistory);
        var answer = _answers.Count > 0 ? _answers.Dequeue() : throw new HttpRequestException("No more answers queued.");
        return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, answer)]);
    }

    public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Intake does not stream.");
}
