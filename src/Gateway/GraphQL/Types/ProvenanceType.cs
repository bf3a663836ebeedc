using GraphQL.Types;
using Hiring.Contracts.Reasoning;

namespace Hiring.Gateway.GraphQL.Types;

public sealed class ProvenanceType : ObjectGraphType<Provenance>
{
    public ProvenanceType()
    {
        Name = "Provenance";
        Description = "What produced a reasoning output: engine, model and prompt version.";
        Field<NonNullGraphType<EnumerationGraphType<ReasoningEngine>>>("engine").Resolve(c => c.Source.Engine);
        Field<NonNullGraphType<StringGraphType>>("model").Resolve(c => c.Source.Model);
        Field<NonNullGraphType<StringGraphType>>("prompt").Resolve(c => c.Source.PromptName);
        Field<NonNullGraphType<StringGraphType>>("promptVersion").Resolve(c => c.Source.PromptVersion);
        Field<NonNullGraphType<EnumerationGraphType<ModelTier>>>("tier").Resolve(c => c.Source.Tier);
        Field<EnumerationGraphType<DegradedReason>>("fallbackReason").Description("Set when the built-in engine answered because the model could not.").Resolve(c => c.Source.FallbackReason);
    }
}
