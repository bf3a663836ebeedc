using GraphQL.Types;
using Hiring.Agents.Identity;
using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class CandidateNoteType : ObjectGraphType<CandidateNote>
{
    public CandidateNoteType()
    {
        Name = "CandidateNote";
        Description = "A recruiter's note on a candidate of a project.";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("by").Description("The recruiter id of who wrote it.").Resolve(c => GrainKeys.IdOf(c.Source.By));
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
    }
}
