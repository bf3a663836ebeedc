namespace Hiring.Agents.Supervisor;

public sealed record ExecutorTurn(TurnResult Result, DateTimeOffset? RetryAt = null, string? Reason = null);
