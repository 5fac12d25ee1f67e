using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Workflow.LoadTest;

/// <summary>
/// Watches the host's outbox folder (one .eml file per mail) and hands each reviewer the review link of the
/// first review request addressed to them, and notes when each bureau is told that its report was approved
/// (the review orchestration's last step). Files older than the run are skipped by their name (the host
/// names them by UTC time); a file read while still being written is read again on the next round.
/// </summary>
public sealed partial class ReviewMailbox(string folder, DateTime since) : IAsyncDisposable
{
    static readonly TimeSpan Round = TimeSpan.FromMilliseconds(100);

    /// <summary>The first sentence of the approval mail (ReviewEmails.Approved).</summary>
    const string ApprovalNotice = "已通过全部审核";

    readonly ConcurrentDictionary<string, TaskCompletionSource<string>> waiting = new(StringComparer.OrdinalIgnoreCase);
    readonly ConcurrentDictionary<string, DateTimeOffset> approvalNotices = new(StringComparer.OrdinalIgnoreCase);
    readonly HashSet<string> done = new(StringComparer.Ordinal);
    readonly CancellationTokenSource stop = new();
    readonly string firstName = since.ToString("yyyyMMdd'T'HHmmssfff", CultureInfo.InvariantCulture);
    Task? watching;

    public void Start() => watching = Task.Run(WatchAsync);

    public Task<string> LinkFor(string reviewer) =>
        waiting.GetOrAdd(reviewer, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>When the approval mail (【已批准】) to each recipient was first seen.</summary>
    public IReadOnlyDictionary<string, DateTimeOffset> ApprovalNotices => approvalNotices;

    async Task WatchAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            if (Directory.Exists(folder))
            {
                foreach (var path in Directory.EnumerateFiles(folder, "*.eml"))
                {
                    var name = Path.GetFileName(path);
                    if (string.CompareOrdinal(name, firstName) < 0 || done.Contains(name))
                    {
                        continue;
                    }
                    (string[] To, string Text)? mail;
                    try
                    {
                        mail = Read(path);
                    }
                    catch (FormatException e)
                    {
                        // Not one of the host's mails; no reviewer waits for it.
                        Console.Error.WriteLine($"Skipped {name}: {e.Message}");
                        done.Add(name);
                        continue;
                    }
                    if (mail is { } complete)
                    {
                        done.Add(name);
                        if (complete.Text.Contains(ApprovalNotice, StringComparison.Ordinal))
                        {
                            foreach (var to in complete.To)
                            {
                                approvalNotices.TryAdd(to, DateTimeOffset.UtcNow);
                            }
                        }
                        else if (Link().Match(complete.Text) is { Success: true } link)
                        {
                            foreach (var to in complete.To)
                            {
                                waiting.GetOrAdd(to, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult(link.Value);
                            }
                        }
                    }
                }
            }
            try
            {
                await Task.Delay(Round, stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Recipients and plain text of a complete mail, or null while the file is incomplete.</summary>
    static (string[] To, string Text)? Read(string path)
    {
        string content;
        try
        {
            content = File.ReadAllText(path, Encoding.ASCII);
        }
        catch (IOException)
        {
            return null;
        }

        var boundary = Boundary().Match(content);
        if (!boundary.Success || !content.Contains($"--{boundary.Groups[1].Value}--", StringComparison.Ordinal))
        {
            return null;
        }
        var to = ToHeader().Match(content).Groups[1].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var part = PlainPart().Match(content);
        var text = part.Success ? Encoding.UTF8.GetString(Convert.FromBase64String(part.Groups[1].Value.Replace("\r\n", "", StringComparison.Ordinal))) : "";
        return (to, text);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (watching is not null)
        {
            await watching;
        }
        stop.Dispose();
    }

    [GeneratedRegex("boundary=\"([^\"]+)\"")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^To: (.*)\r$", RegexOptions.Multiline)]
    private static partial Regex ToHeader();

    [GeneratedRegex(@"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--")]
    private static partial Regex PlainPart();

    [GeneratedRegex(@"https?://[^\s<>""]+/api/review/[A-Za-z0-9_\-\.]+")]
    private static partial Regex Link();
}
