using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Validation;

namespace Workflow.Cli;

/// <summary>Reads the file (and the previous year's, when given) and validates it: what every command starts from.</summary>
public static class Findings
{
    /// <returns>The reading and its findings (the reader's notes included), errors first.</returns>
    /// <exception cref="UnreadableReportException">The report or the previous year's report cannot be read.</exception>
    public static (ReportReading Reading, IReadOnlyList<Finding> Findings) Of(CliArguments arguments)
    {
        var reading = ReportFile.Read(arguments.File, arguments.ReadOptions);
        var previous = arguments.Previous is null ? null : ReadPrevious(arguments.Previous, arguments.ReadOptions);
        return (reading, new ReportValidator().Validate(reading, previous));
    }

    /// <summary>Same agency, its own year.</summary>
    private static AnnualReport ReadPrevious(string path, ReadOptions options)
    {
        try
        {
            return ReportFile.Read(path, options with { Year = null }).Report;
        }
        catch (UnreadableReportException e)
        {
            throw new UnreadableReportException(e.Code, $"上一年度报告无法读取：{e.Message}");
        }
    }
}
