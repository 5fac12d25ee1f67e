namespace Workflow.Functions.Tests.Fuzzing;

/// <summary>One edit of a token; <see cref="At"/> is a fraction of the length, <see cref="Pick"/> chooses the character.</summary>
public sealed record TokenMutation(TokenMutationKind Kind, double At, int Pick)
{
    /// <summary>Base64url's alphabet, the characters that break it, and characters mail clients and URLs introduce.</summary>
    private const string Characters =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_" + "+/=. %\r\n\t\0\"'<>&?#é中\uFEFF\u200B\uD800";

    /// <summary>A payload signed by nobody: the grant of a reviewer who was never sent a link.</summary>
    private const string ForeignPayload = "eyJpIjoicmVwb3J0LW1hbGxvcnktMjAyMyIsInIiOjEsInMiOjAsInYiOiJtYWxsb3J5QGV4YW1wbGUudGVzdCJ9";

    public string Apply(string token)
    {
        var dot = token.IndexOf('.', StringComparison.Ordinal);
        var at = Math.Clamp((int)(At * (token.Length + 1)), 0, token.Length);
        var character = Characters[Pick % Characters.Length];
        return Kind switch
        {
            TokenMutationKind.ReplacePayloadChar when dot > 0 => Replace(token, (int)(At * dot), character),
            TokenMutationKind.ReplaceSignatureChar when dot >= 0 && dot < token.Length - 1 =>
                Replace(token, dot + 1 + (int)(At * (token.Length - dot - 1)), character),
            TokenMutationKind.InsertChar => token.Insert(at, character.ToString()),
            TokenMutationKind.DeleteChar when at < token.Length => token.Remove(at, 1),
            TokenMutationKind.Truncate => token[..at],
            TokenMutationKind.PadPayload when dot >= 0 => token.Insert(dot, new string('=', 1 + Pick % 3)),
            TokenMutationKind.PadSignature => token + new string('=', 1 + Pick % 3),
            TokenMutationKind.SwapParts when dot >= 0 => $"{token[(dot + 1)..]}.{token[..dot]}",
            TokenMutationKind.ChangeCase when at < token.Length => Replace(token, at, char.IsUpper(token[at]) ? char.ToLowerInvariant(token[at]) : char.ToUpperInvariant(token[at])),
            TokenMutationKind.SpliceForeignPayload when dot >= 0 => ForeignPayload + token[dot..],
            _ => token,
        };
    }

    public override string ToString() => $"{Kind}@{At:0.###}#{Pick}";

    private static string Replace(string token, int index, char character) =>
        index < token.Length ? string.Concat(token.AsSpan(0, index), character.ToString(), token.AsSpan(index + 1)) : token;
}
