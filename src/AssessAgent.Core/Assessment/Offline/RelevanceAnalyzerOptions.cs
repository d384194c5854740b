using System.ComponentModel.DataAnnotations;

namespace AssessAgent.Assessment.Offline;

/// <summary>
/// The thresholds of <see cref="EmbeddingRelevanceAnalyzer"/>. Similarities are cosine similarities of
/// all-MiniLM-L6-v2 sentence embeddings between a question and the best-matching passage of the answer; the
/// defaults were chosen on the calibration set described in <c>docs/scoring.md</c> and hold for that model only.
/// </summary>
public sealed class RelevanceAnalyzerOptions
{
    /// <summary>The similarity from which an answer counts as addressing its question.</summary>
    /// <value>0.45, the best of 0.40-0.55 on the calibration set (see docs/scoring.md).</value>
    [Range(0.0, 1.0)]
    public double RelevantThreshold { get; set; } = 0.45;

    /// <summary>
    /// The similarity from which an answer counts as touching its question at least in part, when the question asks
    /// for a particular form (behavioral, motivation, self-introduction, wrap-up) the answer does not have.
    /// </summary>
    /// <value>0.38. Below it, such answers in the calibration set were off-topic.</value>
    [Range(0.0, 1.0)]
    public double PartlyRelevantThreshold { get; set; } = 0.38;

    /// <summary>
    /// The similarity from which an answer to a general (technical) question counts as touching it at least in
    /// part. Short, correct technical answers ("a lock that lets one thread at a time into a critical section" for
    /// "what is a mutex?") measure 0.32-0.40 against their question, so the bar sits lower than for questions
    /// that ask for a form.
    /// </summary>
    /// <value>0.30. Every off-topic answer to a general question in the eval cases was caught by the rival
    /// comparison first, one of them at 0.33 against its own question.</value>
    [Range(0.0, 1.0)]
    public double GeneralPartlyRelevantThreshold { get; set; } = 0.30;

    /// <summary>
    /// How much better another question (of this interview, or a standard one never asked) must match an answer
    /// than its own question before the answer is taken to address that other question.
    /// </summary>
    /// <value>0.20. Misaligned answers in the eval cases beat their own question by 0.22 or more, most by 0.30 or
    /// more; correct short answers were beaten by a standard question's exemplar or a shared word by up to 0.19 (an
    /// API-versioning answer that says "URL" against "Design a URL shortener" by 0.17).</value>
    [Range(0.0, 1.0)]
    public double MisalignmentMargin { get; set; } = 0.20;

    /// <summary>How well another question must match an answer before it can be named as the one answered.</summary>
    /// <value>0.45, the level from which two texts in the calibration set were on the same subject.</value>
    [Range(0.0, 1.0)]
    public double CompetitorMinimum { get; set; } = 0.45;

    /// <summary>
    /// The similarity with its own question that keeps an answer partly relevant even though another question
    /// matches it clearly better; below it such an answer is off-topic.
    /// </summary>
    /// <value>0.50. The seed's database-scaling answer to a PostgreSQL-scaling question measures 0.54.</value>
    [Range(0.0, 1.0)]
    public double PartlyDespiteCompetitor { get; set; } = 0.50;

    /// <summary>
    /// The similarity between two questions from which they count as the same question, so that a standard
    /// question's exemplar answer supports the asked question instead of competing with it.
    /// </summary>
    /// <value>0.60. Rewordings of one question measured 0.60-0.90; different questions on one topic 0.40-0.55.</value>
    [Range(0.0, 1.0)]
    public double SameQuestionThreshold { get; set; } = 0.60;

    /// <summary>
    /// The similarity from which a question and a standard question of the same particular kind (behavioral,
    /// motivation, self-introduction, wrap-up) count as the same question.
    /// </summary>
    /// <value>0.40. "A time you disagreed with someone more senior" and "a time you disagreed with a colleague"
    /// measure 0.60; "a production incident you were responsible for" and "a time you made a mistake" 0.43.</value>
    [Range(0.0, 1.0)]
    public double SameKindQuestionThreshold { get; set; } = 0.40;

    /// <summary>
    /// How strongly an answer must show the form a question kind asks for (questions asked back, a
    /// self-introduction, a story in the past tense) to count as that kind of answer.
    /// </summary>
    /// <value>0.5: for shares, half of the informative sentences; for presence cues, one clear sentence.</value>
    [Range(0.0, 1.0)]
    public double FormThreshold { get; set; } = 0.5;

    /// <summary>
    /// What an answer to a behavioral question gains toward its question when it tells a story in the past tense:
    /// stories are told in concrete terms that embed far from the abstract question they answer.
    /// </summary>
    /// <value>0.20. Stories that answer their behavioral question measured 0.30-0.45 before it.</value>
    [Range(0.0, 1.0)]
    public double StoryAllowance { get; set; } = 0.20;

    /// <summary>
    /// What an answer gains toward a question for using all of that question's content words (proportionally for
    /// some), added to the embedding similarity.
    /// </summary>
    /// <value>0.15.</value>
    [Range(0.0, 1.0)]
    public double SharedWordsBonus { get; set; } = 0.15;
}
