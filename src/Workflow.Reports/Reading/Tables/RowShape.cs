namespace Workflow.Reports.Reading.Tables;

/// <summary>
/// The values a template row holds and the identity they obey: in each group of <see cref="GroupSize"/> values the
/// last is the sum of the others (table 三: the six applicant columns and 总计; table 四: 维持, 纠正, 其他, 尚未审结
/// and 总计 of each of its three groups). A <see cref="GroupSize"/> of 0 means no identity (table 二).
/// </summary>
internal sealed record RowShape(int Count, int GroupSize)
{
    public bool Holds(IReadOnlyList<long?> values)
    {
        if (GroupSize == 0)
        {
            return true;
        }
        for (var group = 0; group + GroupSize <= values.Count; group += GroupSize)
        {
            long sum = 0;
            for (var i = group; i < group + GroupSize - 1; i++)
            {
                if (values[i] is not { } value)
                {
                    sum = -1;
                    break;
                }
                sum += value;
            }
            if (sum >= 0 && values[group + GroupSize - 1] is { } total && total != sum)
            {
                return false;
            }
        }
        return true;
    }
}
