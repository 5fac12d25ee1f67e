namespace Workflow.Reports.Validation;

/// <summary>
/// An identity "sum of the left cells = sum of the right cells" over cells that may be blank. A blank is an
/// unknown non-negative number (reported on its own by the *-INT rules), so the identity is broken only when
/// no filling of the blanks can satisfy it: the smaller known side has no blank to make up the difference.
/// </summary>
internal sealed record SumIdentity(long KnownLeft, bool LeftHasBlank, long KnownRight, bool RightHasBlank)
{
    public static SumIdentity Of(ReadOnlySpan<long?> left, ReadOnlySpan<long?> right) =>
        new(Total(left), HasBlank(left), Total(right), HasBlank(right));

    /// <summary>
    /// The sum of the known cells, held at the bounds of long: a table of 18-digit typos overflows long, and it must
    /// be reported as inconsistent rather than stop the validator.
    /// </summary>
    public static long Total(ReadOnlySpan<long?> cells)
    {
        Int128 sum = 0;
        foreach (var cell in cells)
        {
            sum += cell ?? 0;
        }
        return Saturated(sum);
    }

    /// <inheritdoc cref="Total(ReadOnlySpan{long?})"/>
    public static long Total(IEnumerable<long?> cells) => Total([.. cells]);

    private static bool HasBlank(ReadOnlySpan<long?> cells)
    {
        foreach (var cell in cells)
        {
            if (cell is null)
            {
                return true;
            }
        }
        return false;
    }

    public long Difference => Saturated((Int128)KnownLeft - KnownRight);

    private static long Saturated(Int128 value) =>
        value > long.MaxValue ? long.MaxValue : value < long.MinValue ? long.MinValue : (long)value;

    public bool IsBroken => Difference switch
    {
        > 0 => !RightHasBlank,
        < 0 => !LeftHasBlank,
        _ => false,
    };
}
