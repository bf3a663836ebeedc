using System.Runtime.CompilerServices;
using Hiring.Agents.Reasoning.Configuration;
using Hiring.Agents.Reasoning.Providers;
using Hiring.Contracts.Reasoning;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Agents.Tests.Sourcing;

/// <summary>Every tier's model: answers with the queued texts in order, then fails as an unreachable model would.</summary>
internal sealed class QueuedChatModel(params string[] answers) : IChatCompletionService, IChatModels
{
    private readonly Queue<string> _answers = new(answers);

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public int Calls { get; private set; }

    public ModelEndpoint For(ModelTier tier) => new(this, "queued-model", AiProvider.OpenAI);

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        Calls++;
        return _answers.TryDequeue(out var answer)
            ? Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, answer)])
            : throw new HttpRequestException("connection refused");
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
        yield return new StreamingChatMessageContent(AuthorRole.Assistant, answer[0].Content);
    }
}
