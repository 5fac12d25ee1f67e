using System.Text.Json.Nodes;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>One mail/send request as the fake SendGrid endpoint received it.</summary>
public sealed record SentMail(IReadOnlyList<string> To, string Subject, string PlainText, string Html, JsonObject Json)
{
    public static SentMail From(JsonObject json)
    {
        var to = json["personalizations"]!.AsArray()
            .SelectMany(p => p!["to"]!.AsArray())
            .Select(a => a!["email"]!.GetValue<string>())
            .ToArray();
        var subject = json["subject"]?.GetValue<string>()
            ?? json["personalizations"]!.AsArray().Select(p => p!["subject"]?.GetValue<string>()).FirstOrDefault(s => s is not null)
            ?? "";
        string Content(string type) => json["content"]?.AsArray()
            .FirstOrDefault(c => c!["type"]!.GetValue<string>() == type)?["value"]?.GetValue<string>() ?? "";
        return new SentMail(to, subject, Content("text/plain"), Content("text/html"), json);
    }

    public bool IsFor(string address) => To.Contains(address, StringComparer.OrdinalIgnoreCase);
}
