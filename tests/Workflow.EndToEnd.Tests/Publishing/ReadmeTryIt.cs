using System.Text.RegularExpressions;
using Workflow.EndToEnd.Tests.Infrastructure;

namespace Workflow.EndToEnd.Tests.Publishing;

/// <summary>The bash blocks of the README's "## Try it" section, in order, without their list indentation.</summary>
public static partial class ReadmeTryIt
{
    public static IReadOnlyList<string> Blocks()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("\n## Try it\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '## Try it' section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return [.. Block().Matches(section).Select(m => Dedent(m.Groups["body"].Value, m.Groups["indent"].Value))];
    }

    static string Dedent(string body, string indent) =>
        string.Join('\n', body.Split('\n').Select(line => line.StartsWith(indent, StringComparison.Ordinal) ? line[indent.Length..] : line.TrimStart()));

    [GeneratedRegex(@"^(?<indent>[ \t]*)```bash\n(?<body>.*?)\n[ \t]*```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex Block();
}
