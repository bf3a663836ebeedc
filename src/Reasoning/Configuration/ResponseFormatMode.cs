namespace Hiring.Reasoning.Configuration;

/// <summary>How the model is asked for JSON; not every OpenAI-compatible server supports json_schema.</summary>
public enum ResponseFormatMode
{
    /// <summary><c>response_format: json_schema</c> with the prompt's output schema (non-strict).</summary>
    JsonSchema = 0,

    /// <summary><c>response_format: json_object</c>; the schema is only in the prompt.</summary>
    JsonObject = 1,

    /// <summary>No response_format; the prompt alone asks for JSON.</summary>
    None = 2,
}
