using Hiring.Agents.Outreach.Channels;
using Hiring.Agents.Outreach.Contacts;
using Hiring.Agents.Outreach.Conversations;
using Hiring.Agents.Supervisor;
using Hiring.Contracts.Learning;
using Hiring.Contracts.Outreach;
using Hiring.Contracts.Projects;
using Hiring.Contracts.Reasoning;
using Hiring.Contracts.Supervisor;
using Hiring.Reasoning.Faq;
using Hiring.Reasoning.Tasks;

namespace Hiring.Agents.Outreach.Replies;

/// <summary>
/// Handles what a candidate does on their page: a reply is recorded once in the tenant's contact
/// ledger, classified, and a question is answered only from the project's approved FAQ, quoting it
/// (the built-in answerer never composes an answer; a question the FAQ does not cover is handed to
/// the recruiter, never invented); an "unsubscribe" reply or the unsubscribe link is recorded at
/// once. It returns the notices for the recruiter's stream; a reply or unsubscribe recorded before
/// returns none, so a form posted twice tells the recruiter once. An interested reply moves nothing.
/// In a conversation the recruiter has taken over (<see cref="Conversations.ConversationDesk"/>) nothing
/// is answered: the reply is recorded and every question goes to the recruiter. A candidate who asks how
/// they were found (in any reply but an unsubscribe or an away note) is not answered from the FAQ: the
/// outcome carries a message to the project owner's assistant, which drafts the answer from the records
/// for the recruiter's Send approval, like every message to a candidate.
/// </summary>
public sealed class ReplyDesk(ContactLedgers ledgers, ReplyClassifier classifier, BuiltInFaqAnswerer answerer, ReplyRules rules, ConversationPhrases conversations, ICandidateAddressBook addresses, TimeProvider time)
{
    private const int MaxQuoted = 300;
    private const int CallIdLength = 24;

    /// <summary>Who a reply's move is recorded as: the assistant's step, which teaches learning nothing.</summary>
    private const string ReplyMover = "assistant";

    public async Task<ReplyOutcome> ReceiveAsync(string tenant, string projectId, IHiringProject project, CandidateReplyInput input, CancellationToken cancellationToken = default)
    {
        var text = (input.Text ?? "").Trim();
        if (text.Length == 0)
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, "The reply is empty.");
        }

        if (text.Length > ContactLimits.MaxReplyLength)
        {
            throw new AssistantRefusalException(RefusalCodes.TooLarge, $"The reply has {text.Length} characters; at most {ContactLimits.MaxReplyLength} are taken.");
        }

        if (string.IsNullOrWhiteSpace(input.ClientToken) || input.ClientToken.Length > ContactLimits.MaxClientTokenLength || input.ClientToken.Any(char.IsControl))
        {
            throw new AssistantRefusalException(RefusalCodes.Invalid, $"The form's token must be a line of at most {ContactLimits.MaxClientTokenLength} characters.");
        }

        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        var message = MessageOf(ledger, projectId, input.ThreadId, input.MessageId);
        var id = ContactIds.Reply(message.ThreadId, input.ClientToken);
        if (ledger.Index.Reply(id) is { } earlier)
        {
            return new ReplyOutcome(earlier, null, []);
        }

        var snapshot = await project.Snapshot();
        var kind = classifier.Classify(text);
        var takenOver = ledger.Index.TakenOver(message.ThreadId) is not null;
        var asked = kind == ReplyKind.Question && !takenOver ? await AnswerAsync(text, snapshot.Spec, cancellationToken) : [];
        // "How did you find me?" is owed an answer whatever else the reply says, unless it asks to hear no more.
        var howFound = kind is not (ReplyKind.Unsubscribe or ReplyKind.OutOfOffice) && !takenOver ? classifier.HowFoundQuestions(text) : [];
        var (reply, isNew) = await ledger.RecordReplyAsync(
            new CandidateReply(id, message.ThreadId, message.Id, message.CandidateId, projectId, text, kind, [.. asked.Select(a => a.Answer)], time.GetUtcNow()), cancellationToken);
        if (!isNew)
        {
            return new ReplyOutcome(reply, null, []);
        }

        if (kind == ReplyKind.Unsubscribe && ledger.Index.Unsubscribe(message.CandidateId) is null)
        {
            await ledger.RecordUnsubscribeAsync(message.CandidateId, OutreachChannelNames.BuiltIn, cancellationToken);
        }

        if (kind is ReplyKind.Interested or ReplyKind.NotInterested or ReplyKind.Question
            && snapshot.Pipeline.Any(e => e.CandidateId == message.CandidateId && e.Stage == PipelineStage.Contacted))
        {
            // The pipeline shows who answered: Replied says no more than that; whether they go on stays the recruiter's call.
            await project.Move(message.CandidateId, PipelineStage.Replied, ReplyMover, rules.Say("moved_replied"), ActionOrigin.Agent);
        }

        var name = await NameOfAsync(tenant, message.CandidateId, cancellationToken);
        var title = snapshot.Spec?.Title ?? projectId;
        var payload = EventJson.Serialize(reply);
        var notices = new List<CandidateNotice>
        {
            new(AssistantEventKind.CandidateReplied, projectId, message.CandidateId, rules.Say("replied_" + Snake(kind), ("name", name), ("project", title), ("text", Quote(text))), payload),
        };
        if (takenOver && kind == ReplyKind.Question)
        {
            // The recruiter has the conversation: nothing is answered for them, every question is theirs.
            notices.AddRange(classifier.Questions(text).Select(q =>
                new CandidateNotice(AssistantEventKind.CandidateQuestionForRecruiter, projectId, message.CandidateId, conversations.Say("taken_over_question", ("name", name), ("project", title), ("question", Quote(q))), payload)));
        }

        foreach (var (asking, answer) in asked)
        {
            var question = Quote(asking);
            notices.Add(answer.Answered
                ? new(AssistantEventKind.CandidateQuestionAnswered, projectId, message.CandidateId, rules.Say("answered", ("name", name), ("project", title), ("question", question), ("answer", answer.Text)), payload)
                : new(AssistantEventKind.CandidateQuestionForRecruiter, projectId, message.CandidateId, rules.Say("for_recruiter", ("name", name), ("project", title), ("question", question)), payload));
        }

        var call = howFound.Count > 0 && snapshot.Owner is not null
            ? new MessageEnvelope(
                $"how-found/{ContactIds.Hash(reply.Id)[..CallIdLength]}",
                rules.Say("how_found_asked", ("name", name), ("project", title), ("question", Quote(howFound[0]))),
                projectId,
                HowFound: new AskedHowFound(message.CandidateId))
            : null;
        return new ReplyOutcome(reply, snapshot.Owner, notices, call);
    }

    /// <summary>Records the unsubscribe of the candidate the message went to; a candidate already unsubscribed changes nothing.</summary>
    public async Task<ReplyOutcome> UnsubscribeAsync(string tenant, string projectId, IHiringProject project, string threadId, string messageId, CancellationToken cancellationToken = default)
    {
        var ledger = await ledgers.OpenAsync(tenant, cancellationToken);
        var message = MessageOf(ledger, projectId, threadId, messageId);
        if (ledger.Index.Unsubscribe(message.CandidateId) is not null)
        {
            return new ReplyOutcome(null, null, []);
        }

        await ledger.RecordUnsubscribeAsync(message.CandidateId, OutreachChannelNames.BuiltIn, cancellationToken);
        var snapshot = await project.Snapshot();
        var name = await NameOfAsync(tenant, message.CandidateId, cancellationToken);
        return new ReplyOutcome(null, snapshot.Owner, [new(AssistantEventKind.CandidateUnsubscribed, projectId, message.CandidateId, rules.Say("unsubscribed", ("name", name)))]);
    }

    /// <summary>Each question asked, answered from the approved FAQ or handed to the recruiter.</summary>
    private async Task<IReadOnlyList<(string Question, FaqAnswer Answer)>> AnswerAsync(string text, JobSpec? spec, CancellationToken cancellationToken)
    {
        var answers = new List<(string, FaqAnswer)>();
        // How we found them is answered from the records, by the owner's assistant: the FAQ is not asked it.
        foreach (var question in classifier.Questions(text).Where(q => !classifier.AsksHowTheyWereFound(q)))
        {
            answers.Add((question, await answerer.RunAsync(new FaqQuestion(question, spec?.Faq ?? [], spec?.Title ?? ""), ReasoningContext.None, cancellationToken)));
        }

        return answers;
    }

    private static ContactMessage MessageOf(ContactLedger ledger, string projectId, string threadId, string messageId) =>
        ledger.Index.ById(messageId) is { } message && message.ThreadId == threadId && message.ProjectId == projectId
            ? message
            : throw new AssistantRefusalException(RefusalCodes.NotFound, "No such message in this project.");

    private async Task<string> NameOfAsync(string tenant, string candidateId, CancellationToken cancellationToken) =>
        (await addresses.FindAsync(tenant, candidateId, cancellationToken))?.Name is { Length: > 0 } name ? name : candidateId;

    private static string Quote(string text) => text.Length <= MaxQuoted ? text : text[..MaxQuoted] + "…";

    private static string Snake(ReplyKind kind) => string.Concat(kind.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
