namespace Hiring.Agents.Outreach;

/// <summary>How a step names the candidates it is about, read by <see cref="OutreachRecipients"/> (draft-message's input, the screening steps' inputs).</summary>
public interface IRecipientRequest
{
    /// <summary>The recruiter's message ("draft a message to the shortlist", "what should I ask the top candidate?").</summary>
    string? Request { get; }

    /// <summary>A candidate's id or name, from the message.</summary>
    string? Candidate { get; }

    /// <summary>Candidate ids, when an earlier step or the planner names them.</summary>
    IReadOnlyList<string>? Candidates { get; }

    /// <summary>How many of the best ranked ("the top 2").</summary>
    int? Count { get; }
}
