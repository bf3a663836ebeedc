namespace Hiring.Agents.Tests.Reasoning.Support;

/// <summary>Answers a well-behaved model would give to the planner and FAQ prompts.</summary>
internal static class ModelAnswers
{
    public const string FindGoEngineersPlan = """
        {
          "intent": "FindCandidates",
          "confidence": 0.93,
          "summary": "Searching for senior Go engineers in Berlin, then evaluating the best matches.",
          "slots": { "titles": ["software engineer"], "skills": ["go"], "locations": ["berlin"], "seniority": "senior", "years": null, "count": null, "candidate": null, "subject": null },
          "steps": [
            { "agent": "Sourcing", "action": "search", "inputs": { "skills": "go", "locations": "berlin", "seniority": "senior" } },
            { "agent": "Evaluation", "action": "evaluate-candidates", "inputs": {} }
          ]
        }
        """;

    public const string SearchWithoutApprovalPlan = """
        {
          "intent": "FindCandidates", "confidence": 0.9, "summary": "Searching for backend engineers.",
          "slots": { "titles": ["backend engineer"], "skills": [], "locations": [] },
          "steps": [ { "agent": "Sourcing", "action": "search", "inputs": {}, "needs_approval": false } ]
        }
        """;

    public const string InventedActionPlan = """
        {
          "intent": "FindCandidates", "confidence": 0.9, "summary": "Hiring them all.",
          "slots": { "titles": [], "skills": [], "locations": [] },
          "steps": [ { "agent": "Outreach", "action": "hire-everyone", "inputs": {} } ]
        }
        """;

    public const string RemoteWorkAnswer = """
        { "answered": true, "text": "Yes, the team works remotely across Europe.", "matched_question": "Can I work remotely?", "confidence": 0.9 }
        """;
}
