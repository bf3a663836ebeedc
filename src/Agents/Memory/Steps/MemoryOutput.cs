using Hiring.Agents.SubAgents;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Memory.Steps;

/// <summary>Output of the memory steps: the memories kept, recalled or forgotten.</summary>
[GenerateSerializer, Immutable, Alias("hiring.memory.output")]
public sealed record MemoryOutput([property: Id(0)][StepValue(StepValueNames.MemoryIds)] IReadOnlyList<string> Memories);
