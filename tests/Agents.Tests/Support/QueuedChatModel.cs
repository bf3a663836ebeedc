using System.Runtime.CompilerServices;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Providers;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Agents.Tests.Support;

/// <summary>
/// Every tier's model for a task's tests: answers with the queued texts in order, counts the
/// requests, then fails as an unreachable model would.
/// </summary>
internal sealed class QueuedChatModel(params string[] answers) : IChatCompletionService, IChatModels
{
    private readonly Queue<string> _answers = new(answers);
    private int _calls;

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public int Calls => _calls;

    public QueuedChatModel Then(string answer)
    {
        lock (_answers)
        {
            _answers.Enqueue(answer);
        }

        return this;
    }

    public ModelEndpoint For(ModelTier tier) => new(this, "queued-model", AiProvider.OpenAI);

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        string? answer;
        lock (_answers)
        {
            _answers.TryDequeue(out answer);
        }

        return answer is not null
            ? Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, answer)])
            : throw new HttpRequestException("connection refused");
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
        yield return new StreamingChatMessageContent(AuthorRole.Assistant, answer[0].Content);
    }
}
