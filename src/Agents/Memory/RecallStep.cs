using Hiring.Agents.Memory.Steps;
using Hiring.Agents.SubAgents;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Memory;
using Hiring.Contracts.Planning;

namespace Hiring.Agents.Memory;

/// <summary>recall: answers "what do you remember about…?" from the recruiter's own memories, each with where it came from.</summary>
public sealed class RecallStep(IGrainFactory grains, MemoryQuestionReader questions, MemoryRules rules, MemoryLines lines, TimeProvider clock)
    : StepHandler<PlaceholderState, RecallInput, MemoryOutput>
{
    /// <summary>The most memories one answer shows.</summary>
    public const int MaxShown = 8;

    /// <summary>The most words of a subject the answer names ("Here's what I remember about berlin role").</summary>
    private const int MaxSubjectWords = 3;

    public override string Action => PlanActions.Recall;

    public override async Task<StepResult<MemoryOutput>> RunAsync(StepContext<PlaceholderState> step, RecallInput input, CancellationToken cancellationToken = default)
    {
        var question = input.Request ?? "";
        var memory = grains.GetGrain<IRecruiterMemory>(step.AgentKey);
        var recalled = await memory.Recall(question, MaxShown);
        var query = questions.Read(question, clock.GetUtcNow());
        if (recalled.Count == 0)
        {
            var text = (await memory.List()).Count == 0 ? rules.Say("recalled_empty")
                : query.When is { } when ? rules.Say("recalled_none_then", ("when", when.Said))
                : query.IsGeneral ? rules.Say("recalled_empty") : rules.Say("recalled_none", ("subject", query.Subject));
            return new StepResult<MemoryOutput>(text, new MemoryOutput([]));
        }

        // "what do you remember about the Berlin role?" answers "about berlin role"; a longer subject is the question's words
        // without its grammar ("signs off payroll offers leeds"), which reads worse than naming no subject.
        var named = !query.IsGeneral && query.Subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxSubjectWords;
        var about = (named ? $" about {query.Subject}" : "") + (query.When is { } period ? $" {period.Said}" : "");
        var entries = recalled.Select(r => r.Entry).ToList();
        return new StepResult<MemoryOutput>(
            rules.Say("recalled", ("about", about), ("memories", lines.List(entries, question))),
            new MemoryOutput([.. entries.Select(e => e.Id)]),
            EventJson.Serialize(entries));
    }
}
