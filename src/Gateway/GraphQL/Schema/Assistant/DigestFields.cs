using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Subscriptions;

namespace Hiring.Gateway.GraphQL.Schema.Assistant;

/// <summary>
/// The digest of what happened while the recruiter was away (autopilot runs, applicants evaluated):
/// the app lists the events after the mark and moves the mark when the recruiter dismisses it. Kept
/// on the server, so a digest dismissed on the laptop is not shown again on the phone.
/// </summary>
public static class DigestFields
{
    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<StringGraphType>("digestSeen")
            .Description("The event cursor the caller last dismissed the digest at (events after it are new to them); null when they never did.")
            .ResolveAsync(async c => await Digest(c).SeenThrough() is { } seen ? EventCursor.Format(seen) : null);
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<StringGraphType>>("markDigestSeen")
            .Description("Dismisses the digest through an event cursor. The mark only moves forward; returns it.")
            .Argument<NonNullGraphType<StringGraphType>>("through")
            .ResolveAsync(async c => EventCursor.Format(await Digest(c).MarkSeen(c.Cursor("through")!.Value)));
    }

    private static IRecruiterDigest Digest(IResolveFieldContext context) =>
        context.Service<IGrainFactory>().GetGrain<IRecruiterDigest>(context.Recruiter().RecruiterKey);
}
