using GraphQL.Types;
using Hiring.Contracts.Memory;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class MemoryEntryType : ObjectGraphType<MemoryEntry>
{
    public MemoryEntryType()
    {
        Name = "MemoryEntry";
        Description = "Something the assistant remembers for the caller, with where it came from.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("FACT, PREFERENCE, DECISION or EPISODE.").Resolve(c => c.Source.Kind.ToString().ToUpperInvariant());
        Field<NonNullGraphType<FloatGraphType>>("importance").Resolve(c => c.Source.Importance);
        Field<NonNullGraphType<StringGraphType>>("source").Description("message, approval or conversation.").Resolve(c => c.Source.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("quote").Description("The caller's words it was read from.").Resolve(c => c.Source.Source.Quote);
        Field<StringGraphType>("reference").Description("The client message id (or approval id) it came from.").Resolve(c => c.Source.Source.Reference);
        Field<IdGraphType>("projectId").Description("The project the caller was working on then.").Resolve(c => c.Source.Source.ProjectId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<DateTimeOffsetGraphType>("updatedAt").Resolve(c => c.Source.UpdatedAt);
        Field<StringGraphType>("replaced").Description("What it said before the caller corrected it.").Resolve(c => c.Source.Replaced);
    }
}
