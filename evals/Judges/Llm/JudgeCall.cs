using System.Text.Json;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.StructuredOutput;
using Microsoft.Extensions.AI;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Evals.Judges.Llm;

/// <summary>
/// One question to a judge prompt: render prompts/judges/{name}.yaml, answer from the cache when it
/// can, else ask the model for JSON, validate it against the prompt's schema and the judge's own
/// check, and on an unusable answer send prompts/repair.yaml once. Never throws for a bad answer or a
/// failed call: it returns the error, and the case records a judge error.
/// </summary>
public sealed class JudgeCall(PromptLibrary prompts, PromptRenderer renderer, JudgeCache cache, string model)
{
    public string Model { get; } = model;

    public async Task<JudgeAnswer> AskAsync(
        string promptName,
        IReadOnlyDictionary<string, object?> inputs,
        IChatClient client,
        Func<JsonElement, string?> check,
        CancellationToken cancellationToken)
    {
        var prompt = prompts.Get(promptName);
        var messages = Convert(await renderer.RenderAsync(prompt, inputs, cancellationToken));
        var key = JudgeCache.Key(prompt.Name, prompt.Version, Model, messages);
        if (cache.Get(prompt.Name, key) is { } cached && Read(cached, prompt, check, out var json) is null)
        {
            return new JudgeAnswer(json, null, Cached: true);
        }

        var options = new ChatOptions { Temperature = 0, ResponseFormat = ChatResponseFormat.Json };
        string? error = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            string text;
            try
            {
                text = (await client.GetResponseAsync(messages, options, cancellationToken)).Text;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                return JudgeAnswer.Failed($"the model call failed: {ex.Message}");
            }

            error = Read(text, prompt, check, out var answer);
            if (error is null)
            {
                cache.Put(prompt.Name, key, text);
                return new JudgeAnswer(answer, null, Cached: false);
            }

            messages.Add(new ChatMessage(ChatRole.Assistant, text));
            var repair = await renderer.RenderAsync(
                prompts.Get(StructuredChat.RepairPrompt),
                new Dictionary<string, object?> { ["error"] = error, ["schema"] = prompt.OutputSchema?.GetRawText() ?? "{}" },
                cancellationToken);
            messages.AddRange(Convert(repair));
        }

        return JudgeAnswer.Failed($"unusable after one repair: {error}");
    }

    private static string? Read(string text, PromptDefinition prompt, Func<JsonElement, string?> check, out JsonElement json)
    {
        json = default;
        try
        {
            json = JsonAnswer.Parse(text, prompt.OutputSchema);
        }
        catch (UnusableOutputException e)
        {
            return e.Message;
        }

        return check(json);
    }

    private static List<ChatMessage> Convert(ChatHistory history) =>
        [.. history.Select(m => new ChatMessage(new ChatRole(m.Role.Label), m.Content ?? ""))];
}
