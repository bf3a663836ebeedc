using System.Globalization;

namespace Hiring.Agents.Sourcing;

/// <summary>
/// The precision/liquidity controller. Precision below target tightens first (a shortlist of poor
/// matches wastes the recruiter's time more than a short one), else liquidity below target broadens,
/// else the loop stops; it also stops when the iteration or candidate budget is spent.
/// </summary>
public sealed class FeedbackLoop(SourcingOptions options)
{
    public LoopStep Next(QueryPlan plan, LoopMetrics metrics)
    {
        var precision = metrics.Precision;
        var precisionLow = precision < options.PrecisionTarget;
        var liquidityLow = metrics.GoodSoFar < options.LiquidityTarget;
        if (metrics.Evaluated == 0 && metrics.Sourced > 0)
        {
            return new LoopStep(LoopDecision.Stop, null, "nothing was evaluated, so precision cannot be measured");
        }

        if (metrics.Evaluated > 0 && !precisionLow && !liquidityLow)
        {
            return new LoopStep(LoopDecision.Stop, null, Format($"targets met: precision {precision:0.00} ≥ {options.PrecisionTarget:0.00} and {metrics.GoodSoFar} good matches ≥ {options.LiquidityTarget}"));
        }

        if (metrics.Iteration >= options.MaxIterations)
        {
            return new LoopStep(LoopDecision.Stop, null, Format($"budget spent: {metrics.Iteration} of {options.MaxIterations} iterations"));
        }

        if (metrics.SourcedSoFar >= options.MaxCandidates)
        {
            return new LoopStep(LoopDecision.Stop, null, Format($"budget spent: {metrics.SourcedSoFar} of {options.MaxCandidates} candidates"));
        }

        if (metrics.Evaluated > 0 && precisionLow)
        {
            return QueryPlanAdjuster.Tighten(plan) is { } tighter
                ? new LoopStep(LoopDecision.Tighten, tighter.Plan, Format($"precision {precision:0.00} is below {options.PrecisionTarget:0.00}, so I'm {tighter.Change}"))
                : new LoopStep(LoopDecision.Stop, null, Format($"precision {precision:0.00} is below {options.PrecisionTarget:0.00} but the query cannot get tighter"));
        }

        return QueryPlanAdjuster.Broaden(plan) is { } broader
            ? new LoopStep(LoopDecision.Broaden, broader.Plan, Format($"{metrics.GoodSoFar} good matches so far is below {options.LiquidityTarget}, so I'm {broader.Change}"))
            : new LoopStep(LoopDecision.Stop, null, Format($"{metrics.GoodSoFar} good matches so far is below {options.LiquidityTarget} but the query cannot get broader"));
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
