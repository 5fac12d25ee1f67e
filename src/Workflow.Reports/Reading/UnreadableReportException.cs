namespace Workflow.Reports.Reading;

/// <summary>
/// The one documented failure of every reader: the input is not a report that can be read at all
/// (empty, binary, garbage, too large, a wrong file type). <see cref="Exception.Message"/> is Chinese
/// and fit to show a person; <see cref="Code"/> is stable for programs.
/// </summary>
public sealed class UnreadableReportException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
