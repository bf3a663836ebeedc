namespace Hiring.Reasoning.Understanding.Requests;

/// <summary>A level named in a request and the tokens that name it.</summary>
public sealed record SeniorityMention(string Level, int FirstToken, int TokenCount);
