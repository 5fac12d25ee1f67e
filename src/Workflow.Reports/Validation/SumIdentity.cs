namespace Workflow.Reports.Validation;

/// <summary>
/// An identity "sum of the left cells = sum of the right cells" over cells that may be blank. A blank is an
/// unknown non-negative number (reported on its own by the *-INT rules), so the identity is broken only when
/// no filling of the blanks can satisfy it: the smaller known side has no blank to make up the difference.
/// </summary>
internal sealed record SumIdentity(long KnownLeft, bool LeftHasBlank, long KnownRight, bool RightHasBlank)
{
    public static SumIdentity Of(IEnumerable<long?> left, IEnumerable<long?> right)
    {
        var l = left.ToList();
        var r = right.ToList();
        return new SumIdentity(l.Sum(v => v ?? 0), l.Any(v => v is null), r.Sum(v => v ?? 0), r.Any(v => v is null));
    }

    public long Difference => KnownLeft - KnownRight;

    public bool IsBroken => Difference switch
    {
        > 0 => !RightHasBlank,
        < 0 => !LeftHasBlank,
        _ => false,
    };
}
