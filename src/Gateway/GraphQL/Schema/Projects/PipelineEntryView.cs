using Hiring.Contracts.Projects;

namespace Hiring.Gateway.GraphQL.Schema.Projects;

/// <summary>A pipeline entry with the project it belongs to and the page it was resolved in, whose loads it shares with the page's other entries.</summary>
public sealed record PipelineEntryView(string ProjectId, PipelineEntry Entry, PipelinePage Page);
