using System.Security.Claims;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Schema;

namespace Hiring.Gateway.GraphQL.Subscriptions;

/// <summary>
/// Runs a subscription's selection set for one event and serializes the result. The engine calls it
/// through a <see cref="PayloadCache"/>, so it runs once per event and shape, however many subscribers.
/// </summary>
public sealed class EventPayloadResolver(GraphQLRunner runner, IGraphQLTextSerializer serializer, SubscriptionMetrics metrics, IServiceProvider services)
{
    public Func<AssistantEvent, Task<byte[]>> For(GraphQLRequest request, ClaimsPrincipal user) => async assistantEvent =>
    {
        metrics.PayloadResolved();
        var result = await runner.ExecuteAsync(request, user, services, new SubscriptionEvent(assistantEvent), CancellationToken.None);
        var resolved = result;
        if (result.Streams?.Values.FirstOrDefault() is { } stream)
        {
            var observer = new FirstResultObserver();
            using (stream.Subscribe(observer))
            {
                resolved = await observer.First ?? result;
            }
        }

        return Encoding.UTF8.GetBytes(serializer.Serialize(resolved));
    };
}
