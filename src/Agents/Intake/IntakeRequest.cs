using Hiring.Contracts.Planning;

namespace Hiring.Agents.Intake;

/// <summary>The intake task's input: the recruiter's text (a request, a job description or a JSON Resume job) and the planner's slots.</summary>
/// <param name="Text">What the recruiter wrote (for an answer: the request the question was about).</param>
/// <param name="Slots">What the planner extracted.</param>
/// <param name="Answer">The recruiter's answer to intake's question about <paramref name="Text"/>, when this is one.</param>
/// <param name="Asked">The question that <paramref name="Answer"/> answers.</param>
/// <param name="NearCountries">Countries of the recruiter's latest projects: a city name several countries share is read in them first ("Valencia" after Zaragoza).</param>
public sealed record IntakeRequest(string Text, RequestSlots Slots, string? Answer = null, string? Asked = null, IReadOnlyList<string>? NearCountries = null);
