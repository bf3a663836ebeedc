using System.Text.Json.Serialization;

namespace Hiring.Talent.Synthetic;

/// <summary>Source-generated JSON for the ground-truth file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(GroundTruthRecord))]
internal sealed partial class SyntheticJsonContext : JsonSerializerContext;
