using System.Globalization;
using System.Text.Json;
using Workflow.Reports.Model;
using Workflow.Reports.Rendering;

namespace Workflow.Cli;

/// <summary><c>read FILE [--json]</c>: what was read, as report.json with findings and inferred cells, or as a short summary.</summary>
public static class ReadCommand
{
    public static int Run(CliArguments arguments, TextWriter stdout)
    {
        var (reading, findings) = Findings.Of(arguments);
        if (arguments.Json)
        {
            stdout.WriteLine(JsonSerializer.Serialize(new ReadOutput(reading.Report, findings, reading.Inferred), ReportJson.Options));
            return ExitCodes.Success;
        }

        var report = reading.Report;
        var figures = KeyFigures.Of(report);
        var kind = report.Agency.Kind == AgencyKind.Government ? "本级政府" : "政府部门";
        stdout.WriteLine($"标题：{report.Title}");
        stdout.WriteLine($"机关：{report.Agency.Name}（{report.Agency.Id}，{kind}）");
        stdout.WriteLine($"年度：{report.Year}");
        stdout.WriteLine($"发布日期：{report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "未读到"}");
        stdout.WriteLine($"行政许可处理决定：{Shown(figures.Licensing)}；行政处罚处理决定：{Shown(figures.Penalties)}");
        stdout.WriteLine($"申请：本年新收 {Shown(figures.RequestsReceived)}，上年结转 {Shown(figures.RequestsCarriedOver)}，" +
            $"办理结果总计 {Shown(figures.RequestsAnswered)}，结转下年度 {Shown(figures.RequestsCarriedForward)}");
        stdout.WriteLine($"行政复议 {Shown(figures.Reviews)}，未经复议直接起诉 {Shown(figures.DirectLitigation)}，复议后起诉 {Shown(figures.LitigationAfterReview)}");
        stdout.WriteLine($"问题：{findings.Count} 条（用 check 命令查看）");
        if (reading.Inferred.Count > 0)
        {
            stdout.WriteLine($"读取存疑的单元格：{reading.Inferred.Count} 处（用 --json 查看 inferred）");
        }

        return ExitCodes.Success;
    }

    private static string Shown(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "空";
}
