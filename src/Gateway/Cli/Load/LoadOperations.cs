namespace Hiring.Gateway.Cli.Load;

/// <summary>
/// The operation kinds a report lists. Requests are what a recruiter's app sends (they make the
/// throughput); the two observed kinds time what the assistant does after a message is sent.
/// </summary>
public static class LoadOperations
{
    /// <summary>WebSocket connect, <c>connection_init</c> answered, <c>assistantEvents</c> subscribed.</summary>
    public const string Subscribe = "subscribe";

    public const string SendMessage = "sendMessage";
    public const string Projects = "projects";
    public const string Project = "project";
    public const string Approvals = "approvals";
    public const string DecideApproval = "decideApproval";

    /// <summary>
    /// A decideApproval the server answered ALREADY_DECIDED: the approval was decided between listing and deciding
    /// (the recruiter's own chat message changed it, or another of their tabs decided it). The server was right to
    /// refuse, so it is no error; it is counted here as well as under <see cref="DecideApproval"/>.
    /// </summary>
    public const string DecideAlreadyDecided = "decideApprovalAlreadyDecided";

    /// <summary>From sending a message until its MESSAGE_RECEIVED event arrives on the subscription.</summary>
    public const string EventDelivered = "eventDelivered";

    /// <summary>From sending a message until the assistant's plan for it (PLAN_CREATED) arrives on the subscription.</summary>
    public const string PlanCreated = "planCreated";

    public static readonly IReadOnlySet<string> Requests = new HashSet<string>(StringComparer.Ordinal)
    {
        Subscribe, SendMessage, Projects, Project, Approvals, DecideApproval,
    };
}
