using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Agents.Privacy;
using Hiring.Gateway.GraphQL.Schema;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateErasureType : ObjectGraphType<CandidateErasure>
{
    public CandidateErasureType()
    {
        Name = "CandidateErasure";
        Description = "What erasing a candidate did. What is kept is a tombstone per pool: the id, when and by whom, and no personal data.";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("erasedAt").Description("When the person was first erased (an erasure repeated keeps it).").Resolve(c => c.Source.Tombstones.Min(t => t.ErasedAt));
        Field<StringGraphType>("erasedBy")
            .Description("The operator who first erased them (recruiter id); null when it was another tenant's operator (a public-pool candidate), whose name is theirs to keep.")
            .Resolve(c => c.Source.Tombstones.MinBy(t => t.ErasedAt)!.ErasedBy is var by && by.StartsWith(c.Recruiter().Tenant + "/", StringComparison.Ordinal) ? by[(c.Recruiter().Tenant.Length + 1)..] : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pools").Description("The pools they were erased from: \"public\" or \"private\".").Resolve(c => c.Source.Tombstones.Select(t => t.Scope.IsPublic ? "public" : "private").ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("projects").Description("The caller's projects that held them and forgot them now (other tenants' are counted, not named).").Resolve(c => c.Source.Projects.Where(p => GrainKeys.TenantOf(p) == c.Recruiter().Tenant).Select(GrainKeys.IdOf).ToList());
        Field<NonNullGraphType<IntGraphType>>("projectsPurged").Description("Every project, of any tenant, that forgot them now.").Resolve(c => c.Source.Projects.Count);
        Field<NonNullGraphType<IntGraphType>>("entriesRedacted").Description("Log entries naming them that were redacted now: evidence, moves, notes, sourcing, messages, replies, screening, events.").Resolve(c => c.Source.EntriesRedacted);
        Field<NonNullGraphType<IntGraphType>>("statesRedacted").Description("Agents' states, of any tenant, that held them and let go of them now: drafts and due follow-ups, pending approvals (withdrawn), plans, step records, memories.").Resolve(c => c.Source.StatesRedacted);
    }
}
