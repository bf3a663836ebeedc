using GraphQL.Types;
using Hiring.Agents.Privacy;
using Hiring.Contracts.Talent;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateProvenanceType : ObjectGraphType<ProvenanceReport>
{
    public CandidateProvenanceType()
    {
        Name = "CandidateProvenance";
        Description = "\"How did you find me?\", from what is recorded; after an erasure, only that nothing is held.";
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<BooleanGraphType>>("held").Description("False once the person was erased: nothing of theirs is held.").Resolve(c => c.Source.Erased is null);
        Field<StringGraphType>("pool").Description("\"public\" (the shared pool) or \"private\" (the tenant's own); null once erased.").Resolve(c => c.Source.Source is null ? null : c.Source.Source.Pool == TalentPoolKind.Public ? "public" : "private");
        Field<StringGraphType>("origin").Description("How the profile came in: Synthetic, Import, Applicant or AtsImport; null once erased.").Resolve(c => c.Source.Source?.Origin.ToString());
        Field<StringGraphType>("reference").Description("The import's file and row, when recorded.").Resolve(c => c.Source.Source?.Reference);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceProjectType>>>>("projects").Description("The caller's projects that hold the person, with the query that found them.").Resolve(c => c.Source.Projects);
        Field<DateTimeOffsetGraphType>("erasedAt").Description("When the person was erased, if they were.").Resolve(c => c.Source.Erased?.ErasedAt);
    }
}
