using GraphQL;
using GraphQL.Types;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Supervisor;
using Hiring.Gateway.GraphQL.Types;

namespace Hiring.Gateway.GraphQL.Schema.Memory;

/// <summary>The caller's memory: list (or ask), correct and forget. Only the caller's own memory is ever reached: the key comes from the principal.</summary>
public static class MemoryFields
{
    /// <summary>The longest memory text a correction may set.</summary>
    public const int MaxText = 1000;

    public static void AddQueries(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MemoryEntryType>>>>("memories")
            .Description("What the assistant remembers for the caller, newest first; with 'about', the memories that answer it, best first.")
            .Argument<StringGraphType>("about")
            .ResolveAsync(async c =>
            {
                var memory = Memory(c);
                var about = c.GetArgument<string?>("about");
                if (string.IsNullOrWhiteSpace(about))
                {
                    return await memory.List();
                }

                return about.Length > MaxText
                    ? throw new ExecutionError($"'about' is longer than {MaxText} characters.") { Code = RefusalCodes.Invalid }
                    : (await memory.Recall(about, 20)).Select(r => r.Entry).ToList();
            });
    }

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<MemoryEntryType>>("correctMemory")
            .Description("Rewrites one of the caller's memories; the words it said before are kept as 'replaced'.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length == 0 || text.Length > MaxText)
                {
                    throw new ExecutionError($"A memory needs between 1 and {MaxText} characters.") { Code = RefusalCodes.Invalid };
                }

                return await Memory(c).Correct(c.GetArgument<string>("id"), text) ?? throw RefusalErrors.NotFound();
            });

        mutation.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("forgetMemories")
            .Description("Forgets the caller's memories with these ids (all of them when 'all' is true); returns the ids forgotten. A forgotten memory is deleted, not hidden, and is never recalled again.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("ids")
            .Argument<BooleanGraphType>("all")
            .ResolveAsync(async c =>
            {
                var memory = Memory(c);
                if (c.GetArgument("all", false))
                {
                    var kept = await memory.List();
                    await memory.ForgetAll();
                    return kept.Select(e => e.Id).ToList();
                }

                var ids = c.GetArgument<List<string>?>("ids") ?? [];
                if (ids.Count is 0 or > 500)
                {
                    throw new ExecutionError("Name between 1 and 500 memory ids, or set 'all'.") { Code = RefusalCodes.Invalid };
                }

                return (await memory.Forget(ids)).Select(e => e.Id).ToList();
            });
    }

    private static IRecruiterMemory Memory(IResolveFieldContext context)
    {
        var grains = (context.RequestServices ?? throw new InvalidOperationException("No request services.")).GetRequiredService<IGrainFactory>();
        return grains.GetGrain<IRecruiterMemory>(context.Recruiter().RecruiterKey);
    }
}
