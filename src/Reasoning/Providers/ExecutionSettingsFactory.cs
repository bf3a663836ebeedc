using Hiring.Reasoning.Configuration;
using Hiring.Reasoning.Prompts;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace Hiring.Reasoning.Providers;

/// <summary>Execution settings for one call: the prompt file's settings, the JSON response format, and tools when offered.</summary>
public static class ExecutionSettingsFactory
{
    public static PromptExecutionSettings Create(ModelEndpoint endpoint, PromptDefinition prompt, ResponseFormatMode format, bool offerTools)
    {
        var defaults = prompt.Config.DefaultExecutionSettings;
        OpenAIPromptExecutionSettings settings = endpoint.Provider == AiProvider.AzureOpenAI
            ? AzureOpenAIPromptExecutionSettings.FromExecutionSettings(defaults)
            : OpenAIPromptExecutionSettings.FromExecutionSettings(defaults);

        if (prompt.OutputSchema is { } schema)
        {
            settings.ResponseFormat = format switch
            {
                ResponseFormatMode.JsonSchema => ChatResponseFormat.CreateJsonSchemaFormat(
                    prompt.Name.Replace('/', '_'),
                    BinaryData.FromString(schema.GetRawText()),
                    jsonSchemaIsStrict: false),
                ResponseFormatMode.JsonObject => "json_object",
                _ => null,
            };
        }

        if (offerTools)
        {
            settings.FunctionChoiceBehavior = FunctionChoiceBehavior.Auto();
        }

        return settings;
    }
}
