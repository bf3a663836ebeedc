using System.Text;
using System.Text.Json;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Hiring.Reasoning.Resilience;
using Hiring.Reasoning.Tasks;
using Hiring.Reasoning.Usage;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Reasoning.StructuredOutput;

/// <summary>
/// Renders a prompt, asks the model for JSON, validates it against the prompt's schema and reads it;
/// an unusable answer gets one repair attempt (the error is sent back), after which it is rejected
/// with the reason. Usage of every response is recorded.
/// </summary>
public sealed class StructuredChat(
    IChatModels models,
    PromptLibrary prompts,
    PromptRenderer renderer,
    IUsageLedger ledger,
    ReasoningMetrics metrics,
    IOptions<ReasoningOptions> options)
{
    public const string RepairPrompt = "repair";

    public async Task<T> AskAsync<T>(StructuredRequest request, Func<JsonElement, Provenance, T> read, ReasoningContext context, CancellationToken cancellationToken)
    {
        var prompt = prompts.Get(request.PromptName);
        var endpoint = models.For(request.Tier);
        var provenance = new Provenance(ReasoningEngine.Llm, endpoint.Model, prompt.Name, prompt.Version, request.Tier);
        var history = await renderer.RenderAsync(prompt, request.Values, cancellationToken);
        var settings = ExecutionSettingsFactory.Create(endpoint, prompt, options.Value.ResponseFormat, request.Tools is { Count: > 0 });
        var kernel = KernelWith(request.Tools);
        var call = new Call(request.Task, endpoint, settings, kernel, context);

        var answer = await CompleteAsync(call, history, cancellationToken);
        try
        {
            return read(JsonAnswer.Parse(answer, prompt.OutputSchema), provenance);
        }
        catch (UnusableOutputException first)
        {
            history.AddAssistantMessage(answer);
            var repairValues = new Dictionary<string, object?>
            {
                ["error"] = first.Message,
                ["schema"] = prompt.OutputSchema?.GetRawText() ?? "{}",
            };
            history.AddRange(await renderer.RenderAsync(prompts.Get(RepairPrompt), repairValues, cancellationToken));

            var repaired = await CompleteAsync(call, history, cancellationToken);
            try
            {
                return read(JsonAnswer.Parse(repaired, prompt.OutputSchema), provenance);
            }
            catch (UnusableOutputException second)
            {
                throw new UnusableOutputException($"Still unusable after one repair attempt: {second.Message}", second);
            }
        }
    }

    private static Kernel? KernelWith(IReadOnlyList<KernelPlugin>? tools)
    {
        if (tools is not { Count: > 0 })
        {
            return null;
        }

        var kernel = new Kernel();
        kernel.Plugins.AddRange(tools);
        return kernel;
    }

    /// <summary>
    /// The HTTP handler's timeouts end when response headers arrive; a body that stalls (a stream
    /// that stops mid-answer) is cut by this whole-call limit instead.
    /// </summary>
    private async Task<string> CompleteAsync(Call call, ChatHistory history, CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.Value.Calls.TotalTimeout);
        try
        {
            return await ReceiveAsync(call, history, limit.Token);
        }
        catch (OperationCanceledException ex) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The model did not finish answering within {options.Value.Calls.TotalTimeout}.", ex);
        }
    }

    private async Task<string> ReceiveAsync(Call call, ChatHistory history, CancellationToken cancellationToken)
    {
        if (call.Context.OnText is not { } onText)
        {
            var message = await call.Endpoint.Service.GetChatMessageContentAsync(history, call.Settings, call.Kernel, cancellationToken);
            RecordUsage(call, Usage.TokenUsage.From(message.Metadata));
            return message.Content ?? string.Empty;
        }

        var text = new StringBuilder();
        Usage.TokenUsage? usage = null;
        await foreach (var chunk in call.Endpoint.Service.GetStreamingChatMessageContentsAsync(history, call.Settings, call.Kernel, cancellationToken))
        {
            if (chunk.Content is { Length: > 0 } piece)
            {
                text.Append(piece);
                onText(piece);
            }

            usage = Usage.TokenUsage.From(chunk.Metadata) ?? usage;
        }

        RecordUsage(call, usage);
        return text.ToString();
    }

    private void RecordUsage(Call call, Usage.TokenUsage? usage)
    {
        if (usage is not { } used)
        {
            return;
        }

        ledger.Record(call.Task, call.Endpoint.Model, used.Input, used.Output, call.Context.Recruiter, call.Context.Project);
        metrics.TokensUsed(call.Task, call.Endpoint.Model, used.Input, used.Output);
    }

    private sealed record Call(string Task, ModelEndpoint Endpoint, PromptExecutionSettings Settings, Kernel? Kernel, ReasoningContext Context);
}
