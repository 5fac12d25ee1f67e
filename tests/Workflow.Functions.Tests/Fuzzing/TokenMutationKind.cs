namespace Workflow.Functions.Tests.Fuzzing;

/// <summary>How a review link gets damaged: by a mail client, a copy-and-paste, or someone trying to forge one.</summary>
public enum TokenMutationKind
{
    ReplacePayloadChar,
    ReplaceSignatureChar,
    InsertChar,
    DeleteChar,
    Truncate,
    PadPayload,
    PadSignature,
    SwapParts,
    ChangeCase,
    SpliceForeignPayload,
}
