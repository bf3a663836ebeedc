using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hiring.Talent.Import.JsonResume;

/// <summary>Source-generated, lenient JSON for resumes: any property casing, comments and trailing commas allowed.</summary>
[JsonSourceGenerationOptions(
    PropertyNameCaseInsensitive = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(JsonResumeDocument))]
[JsonSerializable(typeof(List<JsonResumeDocument>))]
internal sealed partial class JsonResumeJsonContext : JsonSerializerContext;
