namespace Hiring.Gateway.GraphQL.Schema;

/// <summary>
/// Root value of the first execution of a subscription: it validates the operation and records the
/// cursor to resume after (and which variable carried it), without subscribing to anything.
/// </summary>
public sealed class SubscriptionProbe
{
    public bool Reached { get; private set; }

    public long? After { get; private set; }

    public string? AfterVariable { get; private set; }

    public void Capture(long? after, string? afterVariable)
    {
        Reached = true;
        After = after;
        AfterVariable = afterVariable;
    }
}
