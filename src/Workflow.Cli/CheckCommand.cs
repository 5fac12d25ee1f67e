using System.Text.Json;
using Workflow.Reports.Model;
using Workflow.Reports.Reading;
using Workflow.Reports.Rendering;
using Workflow.Reports.Validation;

namespace Workflow.Cli;

/// <summary><c>check FILE</c>: every finding as a readable line; exit code 1 when any is an error.</summary>
public static class CheckCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout)
    {
        var (reading, findings) = Findings.Of(arguments);
        if (arguments.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(findings, ReportJson.Options));
        }
        else
        {
            Write(stdout, arguments.File, reading.Report, findings);
        }
        return findings.Any(f => f.Severity == Severity.Error) ? ExitCodes.ReportHasErrors : ExitCodes.Success;
    }

    private static void Write(TextWriter stdout, string file, AnnualReport report, IReadOnlyList<Finding> findings)
    {
        stdout.WriteLine($"{file}：{report.Agency.Name} {report.Year}年度（{EditionName(report.Edition)}）");
        var errors = findings.Count(f => f.Severity == Severity.Error);
        var warnings = findings.Count(f => f.Severity == Severity.Warning);
        var infos = findings.Count(f => f.Severity == Severity.Info);
        stdout.WriteLine($"共 {findings.Count} 条：错误 {errors} 条，警告 {warnings} 条，提示 {infos} 条。");
        foreach (var finding in findings)
        {
            stdout.WriteLine($"  [{SeverityName(finding.Severity)}] {finding.RuleId} {finding.Location}：{finding.Message}");
        }
        stdout.WriteLine(errors > 0 ? "结论：报告有错误，提交前必须改正。" : "结论：没有错误。");
    }

    public static string SeverityName(Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    private static string EditionName(Edition edition) => edition switch
    {
        Edition.Format2021 => "2021年版表格",
        Edition.Format2019 => "2019年试行版表格",
        _ => "混用两版表格",
    };
}
