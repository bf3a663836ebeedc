using Microsoft.Extensions.Logging;

namespace Hiring.Agents.SubAgents;

internal static partial class SubAgentLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Sub-agent {Agent} failed while working; it tries again in {Retry}")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string agent, TimeSpan retry);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sub-agent {Agent} could not report step {Step}; it tries again in {Retry}")]
    public static partial void ReportUndelivered(ILogger logger, Exception exception, string agent, string step, TimeSpan retry);
}
