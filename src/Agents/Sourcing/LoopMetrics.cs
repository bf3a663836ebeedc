namespace Hiring.Agents.Sourcing;

/// <summary>What the loop knows after an iteration was evaluated.</summary>
/// <param name="Iteration">The iteration just evaluated (1-based).</param>
/// <param name="Sourced">Candidates that iteration added.</param>
/// <param name="Evaluated">Of those, how many evaluation assessed.</param>
/// <param name="Good">Of those, how many were good matches.</param>
/// <param name="GoodSoFar">Good matches of every iteration so far (the liquidity).</param>
/// <param name="SourcedSoFar">Candidates every iteration so far added.</param>
public sealed record LoopMetrics(int Iteration, int Sourced, int Evaluated, int Good, int GoodSoFar, int SourcedSoFar)
{
    public double Precision => Evaluated == 0 ? 0 : Good / (double)Evaluated;
}
