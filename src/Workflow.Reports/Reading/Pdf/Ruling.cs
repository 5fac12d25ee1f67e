namespace Workflow.Reports.Reading.Pdf;

/// <summary>
/// A drawn border line of a table: at <see cref="Position"/> across (x of a vertical line, y of a horizontal one),
/// spanning <see cref="From"/> to <see cref="To"/> along it.
/// </summary>
internal sealed record Ruling(double Position, double From, double To)
{
    /// <summary>A border drawn to a cell corner may stop a hair short of the crossing line.</summary>
    private const double JoinTolerance = 1.0;

    public bool Spans(double along) => along >= From - JoinTolerance && along <= To + JoinTolerance;
}
