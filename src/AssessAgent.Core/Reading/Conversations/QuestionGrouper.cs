using AssessAgent.Transcripts;

namespace AssessAgent.Reading.Conversations;

/// <summary>
/// Walks the merged turns and groups them into questions. An interviewer turn that asks something opens a new question
/// (whose text is the whole turn) or, when <see cref="FollowUpDetector"/> says so, joins the open one as a follow-up.
/// Candidate turns join the open question's answer. Small talk is left out: interviewer turns that are all small talk,
/// candidate turns that are all small talk, anything before the first question, and the candidate's reply to a social
/// remark ("How are you?"). An interviewer's remark that asks nothing stays in the open question's turns.
/// </summary>
internal sealed class QuestionGrouper(SpeakerRoles roles)
{
    private readonly List<OpenQuestion> questions = [];
    private OpenQuestion? open;
    private bool replyIsSmallTalk;

    public IReadOnlyList<OpenQuestion> Group(IEnumerable<SpokenTurn> turns)
    {
        foreach (var spoken in turns)
        {
            var role = roles.RoleOf(spoken.Speaker);
            var turn = new Turn(role, spoken.Speaker, spoken.Text, spoken.Start, spoken.End);

            if (role == SpeakerRole.Interviewer)
            {
                TakeInterviewerTurn(turn);
            }
            else
            {
                TakeCandidateTurn(turn);
            }
        }

        return questions;
    }

    private void TakeInterviewerTurn(Turn turn)
    {
        var utterance = UtteranceAnalyzer.AnalyzeInterviewer(turn.Text);

        if (utterance.IsSmallTalk || !utterance.IsQuestion && open is null)
        {
            // After "Okay, got it." the candidate goes on with the answer; after "How are you?" they reply in kind.
            replyIsSmallTalk = utterance.IsSocial || open is null;
            return;
        }

        replyIsSmallTalk = false;
        if (!utterance.IsQuestion)
        {
            open!.Turns.Add(turn);
            return;
        }

        var decision = open is null ? FollowUpDecision.NewQuestion : FollowUpDetector.Decide(utterance, open);
        if (decision != FollowUpDecision.NewQuestion)
        {
            open!.AddFollowUp(utterance.Content, turn, bySubject: decision == FollowUpDecision.FollowUpBySubject);
            return;
        }

        open = new OpenQuestion(turn, utterance.Content);
        questions.Add(open);
    }

    private void TakeCandidateTurn(Turn turn)
    {
        if (open is null || replyIsSmallTalk || UtteranceAnalyzer.IsCandidateSmallTalk(turn.Text))
        {
            return;
        }

        open.AddAnswer(turn);
    }
}
