using Microsoft.Extensions.Options;
using Workflow.Reports.Reading;

namespace Workflow.Functions.Submissions;

/// <summary>
/// Heavy reads (Word and HTML: a package to inflate, a page to parse) run at most
/// <see cref="WorkflowOptions.MaxConcurrentReads"/> at once per instance; a read that cannot start within
/// <see cref="WorkflowOptions.ReadQueueTimeout"/> is refused (503 with Retry-After), so that a burst of large
/// uploads cannot take the instance's memory. Text and JSON are bounded by their size and not gated.
/// </summary>
public sealed class ReadGate(IOptions<WorkflowOptions> options)
{
    public const string BusyCode = "busy";

    /// <summary>Seconds a refused client is told to wait (Retry-After).</summary>
    public const int RetryAfterSeconds = 10;

    private readonly SemaphoreSlim slots = new(Math.Max(1, options.Value.MaxConcurrentReads));

    /// <exception cref="UnreadableReportException">Code <see cref="BusyCode"/>: no slot within the queue timeout.</exception>
    public T Run<T>(Func<T> read)
    {
        if (!slots.Wait(options.Value.ReadQueueTimeout))
        {
            throw new UnreadableReportException(BusyCode, $"服务器正在处理其他较大的文件，请约 {RetryAfterSeconds} 秒后重新提交（本次未保存任何内容）。");
        }

        try
        {
            return read();
        }
        finally
        {
            slots.Release();
        }
    }
}
