using GraphQL.Types;
using Hiring.Contracts.Learning;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class RecruiterActionType : ObjectGraphType<RecruiterAction>
{
    public RecruiterActionType()
    {
        Name = "RecruiterAction";
        Description = "One thing done with a candidate of a project, from the project's append-only action log.";
        Field<NonNullGraphType<StringGraphType>>("kind").Description("VIEWED, MESSAGED, SHORTLISTED, ADVANCED, ARCHIVED, HIRED, THUMBS_UP, THUMBS_DOWN or HIGHLIGHTED.").Resolve(c => ActionNames.Of(c.Source.Kind));
        Field<NonNullGraphType<IdGraphType>>("candidateId").Resolve(c => c.Source.CandidateId);
        Field<NonNullGraphType<StringGraphType>>("by").Description("The recruiter's key, or 'assistant'.").Resolve(c => c.Source.By);
        Field<NonNullGraphType<StringGraphType>>("origin").Description("RECRUITER (their own choice) or AGENT (an agent's step).").Resolve(c => c.Source.Origin.ToString().ToUpperInvariant());
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<StringGraphType>("reason").Resolve(c => c.Source.Reason);
        Field<StringGraphType>("text").Description("The highlighted passage.").Resolve(c => c.Source.Text);
    }
}
