using Hiring.Agents.Evaluation;
using Hiring.Agents.Sourcing.Constraints;
using Hiring.Contracts.Evaluation;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Talent;
using Hiring.Reasoning.Embeddings;
using Hiring.Reasoning.Prompts;
using Hiring.Talent.Search;

namespace Hiring.Agents.Tests.Evaluation.Support;

/// <summary>The repository's rules, taxonomy and one MiniLM embedder, shared by the evaluation tests.</summary>
internal static class EvaluationHarness
{
    /// <summary>"Today" of every evaluation test: current roles run to this month.</summary>
    public static readonly DateTimeOffset Today = new(2026, 6, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<PromptLibrary> SharedPrompts = new(() => new PromptLibrary(PromptLibrary.Locate(AppContext.BaseDirectory)));
    private static readonly Lazy<EvaluationRules> SharedRules = new(() => EvaluationRules.Load(Prompts));
    private static readonly Lazy<BuiltInEvaluator> SharedEvaluator = new(() => BuiltIn());

    public static PromptLibrary Prompts => SharedPrompts.Value;

    public static EvaluationRules Rules => SharedRules.Value;

    public static TalentTaxonomy Taxonomy => Tests.Support.UnderstandingResources.Taxonomy;

    public static ITextEmbedder Embedder => Reasoning.Support.TestResources.Embedder;

    public static FakeTimeProvider Clock(DateTimeOffset? now = null) => new(now ?? Today);

    /// <summary>The spec's constraints checked over the location seam as the product wires it.</summary>
    public static ConstraintChecks Constraints { get; } = new(new CandidateConstraints(Sourcing.Specs.Places, Taxonomy), Rules);

    public static BuiltInEvaluator BuiltIn(TimeProvider? time = null) =>
        new(Taxonomy, Rules, new SimilarityAssessment(Embedder), Constraints, time ?? Clock());

    /// <summary>The built-in evaluator's assessment of one qualification, as of <see cref="Today"/>.</summary>
    public static QualificationAssessment AssessOne(CandidateProfile profile, Qualification qualification) =>
        SharedEvaluator.Value.Evaluate(new EvaluationRequest(profile, [qualification])).Assessments.Single();
}
