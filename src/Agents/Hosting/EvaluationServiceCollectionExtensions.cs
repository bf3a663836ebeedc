using Hiring.Agents.Evaluation;
using Hiring.Contracts.Evaluation;
using Hiring.Reasoning.Prompts;
using Hiring.Talent.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Hosting;

/// <summary>Wires the evaluation agent.</summary>
public static class EvaluationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>Hiring:Evaluation</c>, loads prompts/builtin/evaluation.yaml and registers the
    /// evaluation reasoning task (built-in, or LLM falling back to built-in) and the agent's steps.
    /// Expects <c>AddHiringReasoning</c> (prompts, embedder, model), an <see cref="Talent.IProfileStore"/>
    /// and an <see cref="Reasoning.Policy.IProfileMasker"/> (the policy feature's PII masker).
    /// </summary>
    public static IServiceCollection AddEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvaluationOptions>().Bind(configuration.GetSection(EvaluationOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new TalentTaxonomy(
            sp.GetService<Reasoning.Understanding.Skills.SkillVocabulary>() ?? Reasoning.Understanding.Skills.SkillVocabulary.LoadDefault(),
            sp.GetService<Reasoning.Understanding.Titles.TitleVocabulary>() ?? Reasoning.Understanding.Titles.TitleVocabulary.LoadDefault()));
        services.TryAddSingleton(sp => EvaluationRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<SimilarityAssessment>();
        services.AddConstraints();
        services.TryAddSingleton<ConstraintChecks>();
        services.TryAddSingleton<ShortlistGate>();
        services.AddReasoningTask<EvaluationRequest, CandidateEvaluation, LlmEvaluationDefinition, BuiltInEvaluator>();
        services.TryAddSingleton<CandidateBatchEvaluator>();
        services.AddStepHandler<EvaluationAgentState, EvaluateCandidatesStep>();
        services.AddStepHandler<EvaluationAgentState, ShortlistStep>();
        services.AddStepHandler<EvaluationAgentState, ExplainAssessmentStep>();
        return services;
    }
}
