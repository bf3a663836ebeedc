using System.Text.Json;
using Microsoft.SemanticKernel;

namespace Hiring.Reasoning.Prompts;

/// <summary>A prompt file: Semantic Kernel's prompt configuration plus our version and output schema.</summary>
/// <param name="Name">The prompt's name (its file name without extension, relative to prompts/).</param>
/// <param name="Version">The version declared in the file; recorded in every output's provenance.</param>
/// <param name="Config">Semantic Kernel's view of the prompt: template, format, variables, execution settings.</param>
/// <param name="OutputSchema">The JSON schema the answer must satisfy; null for free-text prompts.</param>
public sealed record PromptDefinition(string Name, string Version, PromptTemplateConfig Config, JsonElement? OutputSchema);
