using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>A chat model whose answers are queued by the test; it counts the requests it received.</summary>
internal sealed class QueuedChatModel(params string[] answers) : IChatCompletionService
{
    private readonly Queue<string> _answers = new(answers);
    private int _requests;

    public int Requests => _requests;

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _requests);
        string answer;
        lock (_answers)
        {
            answer = _answers.Count > 0 ? _answers.Dequeue() : throw new InvalidOperationException("No answer left in the queue.");
        }

        return Task.FromResult<IReadOnlyList<ChatMessageContent>>([new ChatMessageContent(AuthorRole.Assistant, answer)]);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var answer = await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
        yield return new StreamingChatMessageContent(AuthorRole.Assistant, answer[0].Content);
    }
}
