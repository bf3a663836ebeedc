using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Hiring.Reasoning.Prompts;

/// <summary>Renders a prompt file through Semantic Kernel's template engine into a chat history.</summary>
public sealed class PromptRenderer
{
    /// <summary>Input variable through which a prompt can quote its own output schema.</summary>
    public const string SchemaVariable = "output_schema";

    private readonly Kernel _kernel = new();
    private readonly KernelPromptTemplateFactory _factory = new();

    public async Task<ChatHistory> RenderAsync(PromptDefinition prompt, IReadOnlyDictionary<string, object?> values, CancellationToken cancellationToken = default)
    {
        var arguments = new KernelArguments();
        foreach (var (key, value) in values)
        {
            arguments[key] = value;
        }

        if (prompt.OutputSchema is { } schema)
        {
            arguments[SchemaVariable] = schema.GetRawText();
        }

        var missing = prompt.Config.InputVariables
            .Where(v => v.IsRequired && !arguments.ContainsName(v.Name))
            .Select(v => v.Name)
            .ToList();
        if (missing.Count > 0)
        {
            throw new ArgumentException($"Prompt '{prompt.Name}' needs input(s): {string.Join(", ", missing)}.", nameof(values));
        }

        var template = _factory.Create(prompt.Config);
        var rendered = await template.RenderAsync(_kernel, arguments, cancellationToken);
        return ChatPromptMessages.Parse(rendered);
    }
}
