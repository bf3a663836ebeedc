using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>A pipeline entry with the project it belongs to, so its evidence can be read from that project.</summary>
public sealed record PipelineEntryView(string ProjectId, PipelineEntry Entry);
