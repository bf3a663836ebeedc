using System.Text.Json;
using Hiring.Contracts.Reasoning;

namespace Hiring.Reasoning.Tasks;

/// <summary>What the generic LLM path needs to know about one task: its prompt, its inputs and how to read the answer.</summary>
public interface ILlmTaskDefinition<in TInput, TOutput>
{
    string Name { get; }

    ModelTier Tier { get; }

    /// <summary>The prompt file under prompts/, without extension.</summary>
    string PromptName { get; }

    /// <summary>Values for the prompt's input variables.</summary>
    IReadOnlyDictionary<string, object?> Arguments(TInput input);

    /// <summary>Reads schema-valid JSON into the output.</summary>
    /// <exception cref="StructuredOutput.UnusableOutputException">The JSON is well-formed but makes no sense (e.g. an unknown action).</exception>
    TOutput Read(JsonElement json, TInput input, Provenance provenance);

    /// <summary>The same output with different provenance (used to mark a fallback).</summary>
    TOutput WithProvenance(TOutput output, Provenance provenance);

    Provenance ProvenanceOf(TOutput output);
}
