using Hiring.Agents.Evaluation;
using Hiring.Agents.Hosting;
using Hiring.Agents.Intake.Faq;
using Hiring.Reasoning.Prompts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hiring.Agents.Outreach.Drafting;

/// <summary>Wires the built-in outreach drafts and the draft checks.</summary>
public static class DraftingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the outreach-draft task (<see cref="OutreachComposer"/>, or with a model configured the LLM path
    /// falling back to it) and <see cref="DraftChecker"/> over prompts/builtin/outreach.yaml,
    /// the FAQ rules they share with intake and the evaluation rules they share with evaluation. Call after
    /// AddHiringReasoning and AddIntake, which register the prompts, the taxonomy, the message policy and the masker.
    /// </summary>
    public static IServiceCollection AddOutreachDrafting(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => FaqDrafter.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => EvaluationRules.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton(sp => OutreachTemplates.Load(sp.GetRequiredService<PromptLibrary>()));
        services.TryAddSingleton<ProfileFactFinder>();
        services.TryAddSingleton<SellingPointReader>();
        services.TryAddSingleton<FactCheck>();
        services.TryAddSingleton<PromiseCheck>();
        services.TryAddSingleton<DraftChecker>();
        services.AddReasoningTask<OutreachRequest, OutreachDraft, LlmOutreachDefinition, OutreachComposer>();
        return services;
    }
}
