using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;
using Hiring.Agents.Evaluation;
using Hiring.Agents.Tests.Evaluation.Support;
using Hiring.Agents.Tests.Talent.Search;
using Hiring.Contracts.Evaluation;
using Hiring.Reasoning.Tasks;
using Microsoft.Extensions.DependencyInjection;

using Hiring.Agents.Tests.Support;

namespace Hiring.Agents.Tests.Evaluation;

public sealed class EvaluationRegistrationTests
{
    [Fact]
    public void WithTheBuiltInProviderTheBuiltInEvaluatorAnswers()
    {
        using var services = EvaluationServices.BuiltIn(new InMemoryProfileStore(), new TestMasker());

        Assert.IsType<BuiltInEvaluator>(services.GetRequiredService<IReasoningTask<EvaluationRequest, CandidateEvaluation>>());
        Assert.Equal([PlanActions.EvaluateCandidates, PlanActions.Shortlist, PlanActions.ExplainAssessment], services.GetServices<IStepHandler<EvaluationAgentState>>().Select(h => h.Action));
    }

    [Fact]
    public void WithAModelTheLlmPathAnswersAndFallsBackToTheBuiltInEvaluator()
    {
        using var services = EvaluationServices.WithModel(new QueuedChatModel(), new DegradedNotices(), new InMemoryProfileStore(), new TestMasker());

        Assert.IsType<FallbackTask<EvaluationRequest, CandidateEvaluation>>(services.GetRequiredService<IReasoningTask<EvaluationRequest, CandidateEvaluation>>());
    }
}
