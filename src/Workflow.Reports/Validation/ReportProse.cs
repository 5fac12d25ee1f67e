namespace Workflow.Reports.Validation;

/// <summary>
/// The sentences of a report's free texts, normalised and split once per validation: several rule families read
/// the same sections (一 is read for applications, appeals, percentages, fees in 元 and the statistics period).
/// </summary>
internal sealed class ReportProse
{
    private readonly Dictionary<string, IReadOnlyList<string>> sentences = new(ReferenceEqualityComparer.Instance);

    /// <summary><see cref="TextFigures.Sentences"/> of <see cref="TextFigures.Normalise"/> of <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Sentences(string text)
    {
        if (!sentences.TryGetValue(text, out var split))
        {
            split = TextFigures.NormalisedSentences(text);
            sentences[text] = split;
        }
        return split;
    }
}
