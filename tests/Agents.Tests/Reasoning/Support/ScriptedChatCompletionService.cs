using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using ChatMessageContent = Microsoft.SemanticKernel.ChatMessageContent;
using OpenAIChatModelFactory = OpenAI.Chat.OpenAIChatModelFactory;

namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>A chat model that answers from a script, in order, and records every conversation it was sent.</summary>
internal sealed class ScriptedChatCompletionService : IChatCompletionService
{
    private readonly ConcurrentQueue<Func<ChatMessageContent>> _script = new();
    private readonly ConcurrentQueue<ChatHistory> _received = new();

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public IReadOnlyList<ChatHistory> Received => [.. _received];

    public ScriptedChatCompletionService Answers(string content, int inputTokens = 100, int outputTokens = 20)
    {
        _script.Enqueue(() => new ChatMessageContent(AuthorRole.Assistant, content)
        {
            Metadata = new Dictionary<string, object?> { ["Usage"] = OpenAIChatModelFactory.ChatTokenUsage(outputTokens, inputTokens, inputTokens + outputTokens) },
        });
        return this;
    }

    public ScriptedChatCompletionService Fails(Exception exception)
    {
        _script.Enqueue(() => throw exception);
        return this;
    }

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        _received.Enqueue([.. chatHistory]);
        var next = _script.TryDequeue(out var reply) ? reply : throw new InvalidOperationException("The script has no more answers.");
        return Task.FromResult<IReadOnlyList<ChatMessageContent>>([next()]);
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var message = (await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken))[0];
        yield return new StreamingChatMessageContent(AuthorRole.Assistant, message.Content, metadata: message.Metadata);
    }
}
