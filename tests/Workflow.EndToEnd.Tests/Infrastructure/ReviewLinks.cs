using System.Text.RegularExpressions;

namespace Workflow.EndToEnd.Tests.Infrastructure;

/// <summary>Review links as they appear in the plain-text part of a review request.</summary>
public static partial class ReviewLinks
{
    public static string In(SentMail mail) =>
        Link().Match(mail.PlainText) is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException($"No review link in the mail '{mail.Subject}':{Environment.NewLine}{mail.PlainText}");

    public static bool Contains(SentMail mail) => Link().IsMatch(mail.PlainText);

    public static string Token(string link) => link[(link.LastIndexOf('/') + 1)..];

    [GeneratedRegex(@"https?://[^\s<>""]+/api/review/[A-Za-z0-9_\-\.]+")]
    private static partial Regex Link();
}
