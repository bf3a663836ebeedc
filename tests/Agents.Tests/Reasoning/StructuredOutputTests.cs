using System.Text.Json;
using Hiring.Reasoning.Prompts;
using Hiring.Reasoning.StructuredOutput;

namespace Hiring.Agents.Tests.Reasoning;

public sealed class StructuredOutputTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object", "required": ["intent", "steps"], "additionalProperties": false,
          "properties": {
            "intent": { "type": "string", "enum": ["A", "B"] },
            "score": { "type": "number", "minimum": 0, "maximum": 1 },
            "note": { "type": ["string", "null"], "minLength": 2 },
            "steps": { "type": "array", "minItems": 1, "items": { "type": "object", "required": ["agent"], "properties": { "agent": { "type": "string" } } } }
          }
        }
        """).RootElement;

    [Fact]
    public void AValidDocumentHasNoViolations()
    {
        var json = JsonDocument.Parse("""{"intent": "A", "score": 0.5, "note": null, "steps": [{"agent": "x"}]}""").RootElement;

        Assert.Empty(JsonSchemaValidator.Validate(json, Schema));
    }

    [Fact]
    public void EveryViolationIsReportedWithItsPath()
    {
        var json = JsonDocument.Parse("""{"intent": "C", "score": 2, "note": "x", "steps": [{}], "extra": 1}""").RootElement;

        Assert.Equal(
            [
                "$.intent: \"C\" is not one of [\"A\", \"B\"]",
                "$.score: 2 is above the maximum 1",
                "$.note: shorter than 2 characters",
                "$.steps[0]: missing required property 'agent'",
                "$: unexpected property 'extra'",
            ],
            JsonSchemaValidator.Validate(json, Schema));
    }

    [Fact]
    public void MissingPropertiesAndWrongTypesAreViolations()
    {
        var json = JsonDocument.Parse("""{"intent": 3}""").RootElement;

        Assert.Equal(["$: missing required property 'steps'", "$.intent: expected \"string\", got number"], JsonSchemaValidator.Validate(json, Schema));
    }

    [Fact]
    public void AnAnswerInACodeFenceIsStillRead()
    {
        var json = JsonAnswer.Parse("```json\n{\"intent\": \"B\", \"steps\": [{\"agent\": \"y\"}]}\n```", Schema);

        Assert.Equal("B", json.GetProperty("intent").GetString());
    }

    [Theory]
    [InlineData("", "The answer was empty")]
    [InlineData("Here you go!", "The answer is not valid JSON")]
    [InlineData("{\"intent\": \"A\", \"steps\": []}", "The JSON does not match the schema: $.steps: needs at least 1 item(s), got 0")]
    public void UnusableAnswersAreRejectedWithTheReason(string answer, string reason)
    {
        var error = Assert.Throws<UnusableOutputException>(() => JsonAnswer.Parse(answer, Schema));

        Assert.StartsWith(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void YamlScalarsKeepTheirTypeUnlessQuoted()
    {
        var json = YamlToJson.Convert("a: 1\nb: 0.5\nc: true\nd: \"1\"\ne: ~\nf: [x, 2]\n")!;

        Assert.Equal("""{"a":1,"b":0.5,"c":true,"d":"1","e":null,"f":["x",2]}""", json.ToJsonString());
    }
}
