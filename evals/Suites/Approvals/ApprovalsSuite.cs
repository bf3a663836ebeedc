using Hiring.Evals.Core;
using Hiring.Evals.Suites.Dialogue;

namespace Hiring.Evals.Suites.Approvals;

/// <summary>
/// Decisions said in the chat, through the real assistant as the dialogue suite runs its conversations
/// (<see cref="ConversationSuite"/>) but with the product's default policy: qualification changes and
/// searches wait for the recruiter's approval. A turn's <c>decided</c> (approved, rejected, mixed, none)
/// is what it decided of those waiting (<see cref="TurnDecisions"/>). Metrics: <c>approvals_accuracy</c>
/// (cases whose every expectation held), <c>decision_accuracy</c> (turns with <c>decided</c> that decided
/// as expected), <c>false_decisions</c> (turns expected to decide nothing that decided something: must be
/// 0, since an approval may send what cannot be called back), <c>missed_decisions</c> (turns expected to
/// decide that decided nothing); and <c>turn_accuracy</c>, <c>final_accuracy</c>.
/// </summary>
public sealed class ApprovalsSuite : ConversationSuite
{
    public const string ApprovalsAccuracy = "approvals_accuracy";
    public const string DecisionAccuracy = "decision_accuracy";
    public const string FalseDecisions = "false_decisions";
    public const string MissedDecisions = "missed_decisions";

    public override string Name => "approvals";

    protected override ConversationPolicy Policy => ConversationPolicy.Approvals;

    /// <summary>One turn's <c>decided</c>: right or not, and a false or a missed decision.</summary>
    /// <returns>True when the turn decided as expected.</returns>
    public static bool Tally(MetricTally tally, string expected, string actual)
    {
        var expectedNone = string.Equals(expected, TurnDecisions.None, StringComparison.OrdinalIgnoreCase);
        var actualNone = actual == TurnDecisions.None;
        var held = string.Equals(expected, actual, StringComparison.OrdinalIgnoreCase);
        tally.Ratio(DecisionAccuracy, held);
        if (expectedNone && !actualNone)
        {
            tally.Count(FalseDecisions);
        }
        else if (!expectedNone && actualNone)
        {
            tally.Count(MissedDecisions);
        }

        return held;
    }

    protected override void Declare(MetricTally tally)
    {
        tally.DeclareCount(FalseDecisions);
        tally.DeclareCount(MissedDecisions);
    }
}
