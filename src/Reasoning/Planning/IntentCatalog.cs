using System.Reflection;
using Hiring.Contracts.Planning;
using Hiring.Reasoning.BuiltIn;
using Hiring.Reasoning.Prompts;

namespace Hiring.Reasoning.Planning;

/// <summary>
/// The intents and actions the assistant has (prompts/builtin/intents.yaml), checked on load:
/// every <see cref="PlanIntent"/> is present, every step names a known agent, action and approval.
/// Both planners read it: the built-in one for exemplars and step recipes, the LLM one for what it may plan.
/// </summary>
public sealed class IntentCatalog
{
    private static readonly HashSet<string> KnownActions = [.. typeof(PlanActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)];

    private readonly Dictionary<PlanIntent, IntentSpec> _specs = [];
    private readonly Dictionary<(AgentKind Agent, string Action), ApprovalAction> _actions = [];

    public IntentCatalog(IntentsFile file)
    {
        Version = file.Version;
        Threshold = file.Threshold;
        CueBoost = file.CueBoost;
        foreach (var spec in file.Intents)
        {
            if (!Enum.TryParse<PlanIntent>(spec.Name, out var intent) || !_specs.TryAdd(intent, spec))
            {
                throw new InvalidDataException($"{IntentsFile.FileName}: '{spec.Name}' is not a plan intent, or is listed twice.");
            }

            foreach (var variant in spec.Replies)
            {
                try
                {
                    _ = variant.Pattern;
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"{IntentsFile.FileName}: a reply pattern of {spec.Name} is not a regular expression: {e.Message}", e);
                }
            }

            foreach (var step in spec.Steps)
            {
                var key = (ParseAgent(step.Agent), step.Action);
                if (!KnownActions.Contains(step.Action))
                {
                    throw new InvalidDataException($"{IntentsFile.FileName}: '{step.Action}' in {spec.Name} is not a plan action.");
                }

                _actions[key] = Enum.TryParse<ApprovalAction>(step.Approval, out var approval)
                    ? approval
                    : throw new InvalidDataException($"{IntentsFile.FileName}: '{step.Approval}' in {spec.Name} is not an approval action.");
            }
        }

        var missing = Enum.GetValues<PlanIntent>().Where(i => !_specs.ContainsKey(i)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{IntentsFile.FileName} lacks intent(s): {string.Join(", ", missing)}.");
        }
    }

    public string Version { get; }

    /// <summary>Minimum similarity to the nearest exemplar for a message not to be Unknown.</summary>
    public double Threshold { get; }

    /// <summary>Added to an intent's score when one of its cues occurs in the message.</summary>
    public double CueBoost { get; }

    public IEnumerable<(PlanIntent Intent, IntentSpec Spec)> Intents => _specs.Select(p => (p.Key, p.Value));

    public static IntentCatalog Load(PromptLibrary library) => new(BuiltInResource.Load<IntentsFile>(library, IntentsFile.FileName));

    public IntentSpec Spec(PlanIntent intent) => _specs[intent];

    /// <summary>The approval an action falls under; null when the assistant has no such action.</summary>
    public ApprovalAction? ApprovalFor(AgentKind agent, string action) =>
        _actions.TryGetValue((agent, action), out var approval) ? approval : null;

    /// <summary>"Name: description" per intent, for the LLM planner's prompt.</summary>
    public string DescribeIntents() =>
        string.Join('\n', _specs.Select(p => $"- {p.Key}: {p.Value.Description}"));

    /// <summary>"Agent.action (approval)" per action, for the LLM planner's prompt.</summary>
    public string DescribeActions() =>
        string.Join('\n', _actions.Select(p => $"- {p.Key.Agent}.{p.Key.Action} (approval: {p.Value})"));

    public static AgentKind ParseAgent(string agent) =>
        Enum.TryParse<AgentKind>(agent, ignoreCase: true, out var kind)
            ? kind
            : throw new InvalidDataException($"'{agent}' is not an agent.");
}
