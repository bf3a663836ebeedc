using Hiring.Agents.Intake.Faq;
using Hiring.Contracts.Reasoning;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Intake;

/// <summary>
/// Job-spec extraction without a model: a JSON Resume job document, a pasted job description (several
/// lines) or a one-line chat request, each read by its own rules from prompts/builtin/intake.yaml;
/// the job's FAQ is drafted from what the description (or request) states.
/// </summary>
public sealed class BuiltInIntakeExtractor(IntakePhrases phrases, ChatRequestReader chat, JobDescriptionReader description, JsonResumeJobReader jsonResume, FaqDrafter faq)
    : IBuiltInTask<IntakeRequest, JobDraft>
{
    public const string EngineName = "builtin:intake-rules";
    public const string ResourceName = "builtin/intake";

    public string Name => IntakeTask.Name;

    public ModelTier Tier => IntakeTask.Tier;

    public async Task<JobDraft> RunAsync(IntakeRequest input, ReasoningContext context, CancellationToken cancellationToken = default)
    {
        var draft = await ReadAsync(input, cancellationToken);
        return draft with { Faq = faq.Draft(draft.Description, draft) };
    }

    private async Task<JobDraft> ReadAsync(IntakeRequest input, CancellationToken cancellationToken)
    {
        var provenance = new Provenance(ReasoningEngine.BuiltIn, EngineName, ResourceName, phrases.Version, Tier);
        input = input with { Text = phrases.Letter.Body(input.Text) };
        switch (phrases.SourceOf(input.Text))
        {
            case IntakeSourceKind.JsonResumeJob:
                using (var document = JsonResumeJobReader.TryParse(input.Text)!)
                {
                    return jsonResume.Read(document.RootElement, provenance);
                }

            case IntakeSourceKind.JobDescription:
                return await description.ReadAsync(input, provenance, cancellationToken);
            default:
                return await chat.ReadAsync(input, provenance, cancellationToken);
        }
    }
}
