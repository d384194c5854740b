namespace AssessAgent.Store.Search;

/// <summary>
/// The vectors of one embedding model held in memory for similarity search, quantized to int8 (about 440 bytes
/// per vector with its sign bits), so that a search reads no vectors from the database. It finds candidate
/// questions: the store re-ranks them by their exact vectors. Up to <see cref="VectorIndexOptions.ExactScanLimit"/>
/// vectors (after the filter) every vector is scored; past it a pass over the sign bits picks the
/// <see cref="VectorIndexOptions.SignCandidates"/> closest vectors to score, which may miss a match whose sign
/// bits disagree unusually with its similarity. Safe for concurrent searches; changes wait for them.
/// </summary>
internal sealed class VectorIndex(VectorIndexOptions options)
{
    /// <summary>How far under the minimum similarity a candidate's int8 score may be, for the rounding.</summary>
    private const float QuantizationMargin = 0.01f;

    private readonly ReaderWriterLockSlim _lock = new();
    private readonly List<VectorPage> _pages = [];
    private readonly Stack<int> _freeSlots = new();
    private readonly List<QuestionKey> _questions = [];
    private readonly Stack<int> _freeQuestions = new();
    private readonly Dictionary<string, IndexedAssessment> _assessments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _questionIds = new(StringComparer.Ordinal);
    private int _dimensions;
    private int _slotsUsed;

    public VectorIndex()
        : this(VectorIndexOptions.Default)
    {
    }

    /// <summary>How many vectors the index holds.</summary>
    public int VectorCount => Read(() => _slotsUsed - _freeSlots.Count);

    /// <summary>How many assessments have vectors in the index.</summary>
    public int AssessmentCount => Read(() => _assessments.Count);

    /// <summary>The bytes of the vector pages (not counting the questions' keys).</summary>
    public long Bytes => Read(() => _pages.Sum(page => page.Bytes));

    /// <summary>Replaces everything the index holds of an assessment by <paramref name="vectors"/>.</summary>
    public void Replace(string assessmentId, IReadOnlyList<(string QuestionId, float[] Vector)> vectors)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(assessmentId);
            AddLocked(assessmentId, vectors);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>
    /// Adds one vector to what the index holds of an assessment, for loading rows one by one in any order; a
    /// vector of a kind the question already has is added beside it, so load each row once.
    /// </summary>
    public void Append(string assessmentId, string questionId, ReadOnlySpan<float> vector)
    {
        _lock.EnterWriteLock();
        try
        {
            AddVectorLocked(assessmentId, questionId, vector);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Removes every vector of an assessment; nothing happens when it has none.</summary>
    public void Remove(string assessmentId)
    {
        _lock.EnterWriteLock();
        try
        {
            RemoveLocked(assessmentId);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    /// <summary>Whether the index holds vectors of this assessment.</summary>
    public bool Contains(string assessmentId) => Read(() => _assessments.ContainsKey(assessmentId));

    /// <summary>
    /// The questions whose best vector scores highest against <paramref name="query"/>, at most
    /// <paramref name="count"/>, best first, leaving out those clearly under <paramref name="minimumSimilarity"/>.
    /// </summary>
    /// <param name="assessments">The assessments to search, or <see langword="null"/> for all.</param>
    public IReadOnlyList<QuestionKey> FindCandidates(
        ReadOnlySpan<float> query,
        IReadOnlyCollection<string>? assessments,
        int count,
        double minimumSimilarity)
    {
        _lock.EnterReadLock();
        try
        {
            if (_dimensions == 0 || query.Length != _dimensions || count <= 0)
            {
                return [];
            }

            var scan = new VectorScan(_pages, query, (float)minimumSimilarity - QuantizationMargin, count * 3);
            if (assessments is null)
            {
                ScanAll(scan);
            }
            else
            {
                ScanSome(scan, assessments);
            }

            return scan.BestQuestions(count).Select(question => _questions[question]).ToList();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private void ScanAll(VectorScan scan)
    {
        if (_slotsUsed - _freeSlots.Count <= options.ExactScanLimit)
        {
            scan.ScoreAllPages(_slotsUsed);
            return;
        }

        scan.ScoreClosestBySigns(_slotsUsed, options.SignCandidates);
    }

    private void ScanSome(VectorScan scan, IReadOnlyCollection<string> assessments)
    {
        var slots = new List<int>();
        foreach (var id in assessments)
        {
            if (_assessments.TryGetValue(id, out var entry))
            {
                slots.AddRange(entry.Slots);
            }
        }

        if (slots.Count <= options.ExactScanLimit)
        {
            scan.Score(slots);
            return;
        }

        scan.ScoreClosestBySigns(slots, options.SignCandidates);
    }

    private void AddLocked(string assessmentId, IReadOnlyList<(string QuestionId, float[] Vector)> vectors)
    {
        foreach (var (questionId, vector) in vectors)
        {
            AddVectorLocked(assessmentId, questionId, vector);
        }
    }

    private void AddVectorLocked(string assessmentId, string questionId, ReadOnlySpan<float> vector)
    {
        if (_dimensions == 0)
        {
            _dimensions = vector.Length;
        }

        // A vector of another length can never be compared, as CosineSimilarity says; it is not indexed.
        if (vector.Length != _dimensions || vector.Length == 0)
        {
            return;
        }

        if (!_assessments.TryGetValue(assessmentId, out var entry))
        {
            entry = new IndexedAssessment([], []);
            _assessments[assessmentId] = entry;
        }

        var known = entry.Questions.FindIndex(index => _questions[index].QuestionId == questionId);
        var question = known >= 0 ? entry.Questions[known] : NewQuestion(new(assessmentId, Intern(questionId)));
        if (known < 0)
        {
            entry.Questions.Add(question);
        }

        var slot = NewSlot();
        _pages[slot / VectorPage.Slots].Write(slot % VectorPage.Slots, vector, question);
        entry.Slots.Add(slot);
    }

    private void RemoveLocked(string assessmentId)
    {
        if (!_assessments.Remove(assessmentId, out var entry))
        {
            return;
        }

        foreach (var slot in entry.Slots)
        {
            _pages[slot / VectorPage.Slots].Free(slot % VectorPage.Slots);
            _freeSlots.Push(slot);
        }

        foreach (var question in entry.Questions)
        {
            _questions[question] = default;
            _freeQuestions.Push(question);
        }
    }

    private int NewSlot()
    {
        if (_freeSlots.TryPop(out var slot))
        {
            return slot;
        }

        if (_slotsUsed == _pages.Count * VectorPage.Slots)
        {
            _pages.Add(new VectorPage(_dimensions));
        }

        return _slotsUsed++;
    }

    private int NewQuestion(QuestionKey key)
    {
        if (_freeQuestions.TryPop(out var question))
        {
            _questions[question] = key;
            return question;
        }

        _questions.Add(key);

        return _questions.Count - 1;
    }

    // Question ids repeat across interviews ("technical-1"); one string per id keeps a million keys small.
    private string Intern(string questionId)
    {
        if (_questionIds.TryGetValue(questionId, out var interned))
        {
            return interned;
        }

        _questionIds[questionId] = questionId;

        return questionId;
    }

    private T Read<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    private sealed record IndexedAssessment(List<int> Questions, List<int> Slots);
}

/// <summary>
/// When a <see cref="VectorIndex"/> scores every vector and how many it scores after the sign-bit pass.
/// </summary>
/// <param name="ExactScanLimit">Up to this many vectors to search, all are scored.</param>
/// <param name="SignCandidates">How many vectors closest by sign bits are scored past the limit.</param>
internal sealed record VectorIndexOptions(int ExactScanLimit, int SignCandidates)
{
    public static VectorIndexOptions Default { get; } = new(131_072, 16_384);
}
