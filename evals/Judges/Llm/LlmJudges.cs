using Hiring.Agents.Hosting;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.Providers;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel.ChatCompletion;
using ReasoningOptions = Hiring.Reasoning.Configuration.ReasoningOptions;

namespace Hiring.Evals.Judges.Llm;

/// <summary>
/// The LLM judges of one run, on the product's Reasoning-tier model (Hiring:Ai:*), reached as an
/// <see cref="IChatClient"/> through Semantic Kernel's chat service and handed to the evaluators in
/// a <see cref="ChatConfiguration"/>. Answers are cached under the output folder.
/// </summary>
public sealed class LlmJudges : IDisposable
{
    public const string ReplyQuality = "judges/reply-quality";
    public const string EvaluationAccuracy = "judges/evaluation-accuracy";
    public const string OutreachPolicy = "judges/outreach-policy";
    public const string OutreachPersonalization = "judges/outreach-personalization";

    private readonly IDisposable? _owned;
    private readonly JudgeCall _call;

    public LlmJudges(IChatClient client, string model, PromptLibrary prompts, string cacheDirectory, IDisposable? owned = null)
    {
        Chat = new ChatConfiguration(client);
        Model = model;
        _owned = owned;
        _call = new JudgeCall(prompts, new PromptRenderer(), new JudgeCache(cacheDirectory), model);
    }

    public ChatConfiguration Chat { get; }

    public string Model { get; }

    public RubricJudge Rubric(string prompt) => new(prompt, _call);

    public PairwiseJudge Pairwise() => new(_call);

    /// <summary>The configured Reasoning-tier model; a clear error when the provider is BuiltIn.</summary>
    public static LlmJudges FromConfiguration(IConfiguration configuration, string cacheDirectory)
    {
        var services = new ServiceCollection().AddHiringReasoning(configuration).BuildServiceProvider();
        try
        {
            if (services.GetRequiredService<IOptions<ReasoningOptions>>().Value.Provider == AiProvider.BuiltIn)
            {
                throw new InvalidOperationException(
                    $"LLM judges need a model: set {ReasoningOptions.Section}:Provider to OpenAI or AzureOpenAI and its settings (see docs/REASONING.md), or run with --judge builtin.");
            }

            var endpoint = services.GetRequiredService<IChatModels>().For(ModelTier.Reasoning);
            return new LlmJudges(endpoint.Service.AsChatClient(), endpoint.Model, services.GetRequiredService<PromptLibrary>(), cacheDirectory, services);
        }
        catch
        {
            services.Dispose();
            throw;
        }
    }

    public void Dispose() => _owned?.Dispose();
}
