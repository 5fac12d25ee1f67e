namespace Workflow.Functions.Tests.Support;

/// <summary>The seed report (怀仁市行政审批服务管理局 2023), copied next to the tests.</summary>
public static class Seed
{
    public static string Text { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seeds", "huairen-xzspj-2023.txt"));
}
