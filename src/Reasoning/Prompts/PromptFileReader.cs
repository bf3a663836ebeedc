using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.SemanticKernel;

namespace Hiring.Reasoning.Prompts;

/// <summary>Reads one prompt YAML file into a <see cref="PromptDefinition"/>.</summary>
public static class PromptFileReader
{
    private const string VersionKey = "version";
    private const string SchemaKey = "output_schema";

    public static PromptDefinition Read(string name, string yaml)
    {
        if (YamlToJson.Convert(yaml) is not JsonObject json)
        {
            throw new InvalidDataException($"Prompt '{name}' is not a YAML mapping.");
        }

        var version = json[VersionKey]?.ToString();
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new InvalidDataException($"Prompt '{name}' has no '{VersionKey}'.");
        }

        JsonElement? schema = json[SchemaKey] is { } node ? JsonSerializer.SerializeToElement(node) : null;
        json.Remove(VersionKey);
        json.Remove(SchemaKey);

        var config = PromptTemplateConfig.FromJson(json.ToJsonString());
        if (string.IsNullOrWhiteSpace(config.Template))
        {
            throw new InvalidDataException($"Prompt '{name}' has no template.");
        }

        return new PromptDefinition(name, version, config, schema);
    }
}
