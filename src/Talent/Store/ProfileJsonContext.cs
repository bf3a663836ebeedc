using System.Text.Json.Serialization;
using Hiring.Contracts.Talent;

namespace Hiring.Talent.Store;

/// <summary>Source-generated JSON for stored profiles: no reflection on the hot seeding path.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CandidateProfile))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
