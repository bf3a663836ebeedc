using Hiring.Agents.Intake.Faq;
using Hiring.Agents.Outreach.Drafting;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Intake.Support;
using Hiring.Agents.Tests.Policy;
using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Outreach.Drafting.Support;

/// <summary>The built-in outreach composer and the draft checks over the repository's prompts, as of a fixed day.</summary>
internal static class DraftingHarness
{
    private static readonly Lazy<OutreachTemplates> SharedTemplates = new(() => OutreachTemplates.Load(PolicyResources.Prompts));

    public static OutreachTemplates Templates => SharedTemplates.Value;

    public static FaqDrafter Faq => IntakeHarness.Faq;

    public static OutreachComposer Composer { get; } = new(
        Templates,
        new ProfileFactFinder(UnderstandingResources.Taxonomy, EvaluationHarness.Rules, PolicyResources.Masker, PolicyResources.Messages, Templates, EvaluationHarness.Clock()),
        new SellingPointReader(Templates, Faq));

    public static DraftChecker Checker { get; } = new(Templates, new FactCheck(Templates), new PromiseCheck(Templates, Faq), PolicyResources.Messages);
}
